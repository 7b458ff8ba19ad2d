package io.spinsim.physics.terms;

import io.spinsim.physics.fft.AlignedFloats;
import io.spinsim.physics.fft.LineBlockFft;
import io.spinsim.physics.fft.PackedDemagProduct;
import io.spinsim.physics.fft.SimdSupport;
import io.spinsim.physics.geometry.Grid;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The demag field of a single-layer film, B = -mu0 N * M (seed 000 eq.5), as an fp32 FFT convolution on the host
 * CPU with SIMD line blocks ({@link LineBlockFft}), on all cores. Same packing as the device kernel
 * (kernel/DemagFftKernel64.java): A = Ms (m_x + i m_y) and Z = Ms m_z on a grid zero-padded to powers of two
 * px x py >= (2 nx - 1) x (2 ny - 1); with the real tensor spectra of {@link DemagField#filmSpectra},
 * FFT(B_x + i B_y)(k) = (Kxx + Kyy)/2 A(k) + ((Kxx - Kyy)/2 + i Kxy) conj A(-k) and FFT(B_z) = Kzz FFT(Z).
 * <p>
 * Passes, each over blocks of {@code width} neighbouring lines copied into a per-thread scratch that stays in
 * cache while all stages of the block run: (1) y transforms of the columns that hold the film (x < nx rounded up
 * to the block width; the zero padding rows are not read), Z's for two column blocks at once as the real and the
 * imaginary part of one transform; (2) x transforms of every row of A, kept in block layout where the block width is
 * the lane count, and for Z, whose input is real, of the rows ky <= py/2 only, each Z row multiplied by Kzz and
 * transformed back at once; (3) the product for A (which couples row ky with row -ky: in block layout a lane
 * permutation of two contiguous vectors, else gathers) and its inverse x transform, keeping only the columns x < nx
 * rounded up; (4) inverse y transforms of those columns (Z's rows ky > py/2 as the conjugate mirror, again two column
 * blocks per transform) and the field of the cells. fp32 throughout: FilmDemagFftTest bounds it against the fp64
 * {@link DemagField}. physics/README.md has the measurements.
 */
public final class FilmDemagFft implements DemagConvolution {

    private final int nx;
    private final int ny;
    private final int n;
    private final int px;
    private final int py;
    private final int width;
    private final int pitch;
    private final int cols;
    private final int zRows;
    private final float scale;
    private final float[] kA;
    private final float[] kB;
    private final float[] kXy;
    private final float[] kZz;
    /** kA, kB, kXy, kZz in block layout, columns kx <= px/2 only ({@link #blockLayout}). */
    private final float[] kAb;
    private final float[] kBb;
    private final float[] kXyb;
    private final float[] kZzb;
    /**
     * Columns kx <= px/2 held in the block layout: the tensor spectra are even in kx (kXy odd), so column kx > px/2
     * is column px - kx (kXy with its sign flipped; DemagField.filmSpectra, checked by FilmDemagFftTest).
     */
    private final int halfX;
    private final float[] ms;
    private final float[] far;
    private final float[] fai;
    private final float[] oar;
    private final float[] oai;
    private final float[] fzr;
    private final float[] fzi;
    private final float[] ozr;
    private final float[] ozi;
    /**
     * A's x-transformed spectrum in block layout (row block rb, column kx, row q at (rb px + kx) width + q), where
     * the block width equals the SIMD lane count and py is a multiple of it: the product then reads the mirror rows
     * with a lane permutation ({@link PackedDemagProduct#applyBlocked}); otherwise null and the spectrum stays in
     * (far, fai) with gathers.
     */
    private final float[] fbr;
    private final float[] fbi;
    private final LineBlockFft xFft;
    private final LineBlockFft yFft;
    /** Floats of one line block of the scratch (the longer of the two line lengths, times the block width). */
    private final int blockLen;
    /** q pitch for q < width: the offsets of a block's rows in a spectrum. */
    private final int[] rowOffsets;
    private final float[] mIn;
    private final float[] bOut;
    private float[] m;
    private float[] b;

    /**
     * Where the data of every spectrum and block-layout array starts ({@link AlignedFloats}): row r of a spectrum at
     * F + r pitch, so that the 16-float rows of a block and the blocks of the block layout lie on cache lines.
     */
    private static final int F = AlignedFloats.OFFSET;

    /** System property: {@code false} keeps A's x spectrum row-major (gathers in the product), for tests. */
    static final String BLOCKED_PROPERTY = "spinsim.fft.blockedMirror";

    /** Whether this path handles the grid here: one z plane of at least 2 x 2 cells, and the vector API present. */
    public static boolean usable(Grid grid) {
        return DemagField.singleLayerFilm(grid) && SimdSupport.available();
    }

    /** @param msOfCell saturation magnetization per cell, A/m (0 in vacuum) */
    public FilmDemagFft(Grid grid, double[] msOfCell) {
        if (!usable(grid)) {
            throw new IllegalArgumentException("the SIMD film demag needs a single-layer grid of at least 2 x 2 cells"
                    + " and the jdk.incubator.vector module");
        }
        nx = grid.nx();
        ny = grid.ny();
        n = nx * ny;
        px = DemagField.powerOfTwoPadding(nx);
        py = DemagField.powerOfTwoPadding(ny);
        width = Math.max(16, LineBlockFft.lanes());
        pitch = roundUp(px, width) + width; // not a power of two: the rows of a block do not share cache sets
        cols = roundUp(nx, width);
        zRows = py / 2 + 1;
        scale = 1f / ((float) px * py);
        double[][] k = DemagField.filmSpectra(grid, px, py);
        kA = toFloat(k[0]);
        kB = toFloat(k[1]);
        kXy = toFloat(k[2]);
        kZz = toFloat(k[3]);
        halfX = px / 2 + 1;
        kAb = blockLayout(kA);
        kBb = blockLayout(kB);
        kXyb = blockLayout(kXy);
        kZzb = blockLayout(kZz);
        ms = toFloat(msOfCell);
        mIn = new float[3 * n];
        bOut = new float[3 * n];
        far = AlignedFloats.allocate(py * pitch);
        fai = AlignedFloats.allocate(py * pitch);
        oar = AlignedFloats.allocate(py * pitch);
        oai = AlignedFloats.allocate(py * pitch);
        fzr = AlignedFloats.allocate(zRows * pitch);
        fzi = AlignedFloats.allocate(zRows * pitch);
        ozr = AlignedFloats.allocate(zRows * pitch);
        ozi = AlignedFloats.allocate(zRows * pitch);
        rowOffsets = new int[width];
        for (int q = 0; q < width; q++) {
            rowOffsets[q] = q * pitch;
        }
        boolean blocked = width == LineBlockFft.lanes() && py % width == 0 && !"false".equals(
                System.getProperty(BLOCKED_PROPERTY));
        fbr = blocked ? AlignedFloats.allocate(py * px) : null;
        fbi = blocked ? AlignedFloats.allocate(py * px) : null;
        xFft = new LineBlockFft(px, width);
        yFft = new LineBlockFft(py, width);
        blockLen = Math.max(px, py) * width;
    }

    @Override
    public void field(double[] m, double[] b) {
        for (int i = 0; i < 3 * n; i++) {
            mIn[i] = (float) m[i];
        }
        field(mIn, bOut);
        for (int i = 0; i < 3 * n; i++) {
            b[i] = bOut[i];
        }
    }

    @Override
    public void field(float[] m, float[] b) {
        this.m = m;
        this.b = b;
        int colBlocks = cols / width;
        int aBlocks = (py + width - 1) / width;
        int zBlocks = (zRows + width - 1) / width;
        IntStream.range(0, colBlocks).parallel().forEach(this::forwardColumns);
        IntStream.range(0, aBlocks + zBlocks).parallel().forEach(r -> {
            if (r < aBlocks) {
                forwardRowsA(r * width);
            } else {
                rowsZ((r - aBlocks) * width);
            }
        });
        IntStream.range(0, aBlocks).parallel().forEach(r -> productRowsA(r * width));
        IntStream.range(0, colBlocks).parallel().forEach(this::inverseColumns);
        this.m = null;
        this.b = null;
    }

    /** Pass 1: y transforms of A and Z over the columns c0 .. c0 + width of the film. */
    private void forwardColumns(int block) {
        LineBlockFft.Scratch s = LineBlockFft.scratch(blockLen);
        float[] a = s.a;
        int c0 = block * width;
        int w = width;
        int span = Math.min(w, nx - c0);
        int re = s.at(0);
        int im = s.at(1);
        if (span == w) {
            LineBlockFft.productIn(ms, c0, m, c0, nx, a, re, ny, w);
            LineBlockFft.productIn(ms, c0, m, n + c0, nx, a, im, ny, w);
        } else {
            for (int y = 0; y < ny; y++) {
                int i = y * nx + c0;
                int r = y * w;
                for (int c = 0; c < span; c++) {
                    a[re + r + c] = ms[i + c] * m[i + c];
                    a[im + r + c] = ms[i + c] * m[n + i + c];
                }
                Arrays.fill(a, re + r + span, re + r + w, 0f);
                Arrays.fill(a, im + r + span, im + r + w, 0f);
            }
        }
        Arrays.fill(a, re + ny * w, re + py * w, 0f);
        Arrays.fill(a, im + ny * w, im + py * w, 0f);
        int o = yFft.transform(s, 0, 1);
        LineBlockFft.copyOut(a, s.at(o), far, F + c0, pitch, py, w);
        LineBlockFft.copyOut(a, s.at(o + 1), fai, F + c0, pitch, py, w);
        if (block % 2 == 1) {
            return; // its Z is the imaginary part of the even block's pair
        }
        boolean second = c0 + w < cols;
        loadZ(a, re, c0);
        if (second) {
            loadZ(a, im, c0 + w);
        } else {
            Arrays.fill(a, im, im + ny * w, 0f);
        }
        Arrays.fill(a, re + ny * w, re + py * w, 0f);
        Arrays.fill(a, im + ny * w, im + py * w, 0f);
        o = yFft.transform(s, 0, 1);
        LineBlockFft.splitRealPair(a, s.at(o), s.at(o + 1), zRows, py, fzr, fzi, fzr, fzi, F + c0, F + c0 + w,
                second, pitch, w);
    }

    /** Ms m_z of the columns c0 .. c0 + width into the line block at dst of a (zero beyond nx; rows < ny only). */
    private void loadZ(float[] a, int dst, int c0) {
        int w = width;
        int span = Math.min(w, nx - c0);
        if (span == w) {
            LineBlockFft.productIn(ms, c0, m, 2 * n + c0, nx, a, dst, ny, w);
            return;
        }
        for (int y = 0; y < ny; y++) {
            int i = y * nx + c0;
            int r = dst + y * w;
            for (int c = 0; c < span; c++) {
                a[r + c] = ms[i + c] * m[2 * n + i + c];
            }
            Arrays.fill(a, r + span, r + w, 0f);
        }
    }

    /** Pass 2, A: x transforms of the rows r0 .. r0 + width, in place in the forward spectrum. */
    private void forwardRowsA(int r0) {
        LineBlockFft.Scratch s = LineBlockFft.scratch(blockLen);
        float[] a = s.a;
        int rows = Math.min(width, py - r0);
        loadRows(s, far, fai, r0, rows);
        int o = xFft.transform(s, 0, 1);
        if (fbr != null) {
            System.arraycopy(a, s.at(o), fbr, F + r0 * px, px * width);
            System.arraycopy(a, s.at(o + 1), fbi, F + r0 * px, px * width);
            return;
        }
        storeRows(s, o, far, fai, r0, rows, px);
    }

    /** Pass 2, Z: x transform of the rows r0 .. r0 + width (ky <= py/2), times Kzz, and back. */
    private void rowsZ(int r0) {
        LineBlockFft.Scratch s = LineBlockFft.scratch(blockLen);
        float[] a = s.a;
        int rows = Math.min(width, zRows - r0);
        loadRows(s, fzr, fzi, r0, rows);
        int o = xFft.transform(s, 0, 1);
        int w = width;
        int re = s.at(o);
        int im = s.at(o + 1);
        if (rows == w) {
            int kOff = F + r0 * halfX;
            for (int kx = 0; kx < px; kx++) {
                int kb = kOff + PackedDemagProduct.column(kx, px) * w;
                int e = kx * w;
                for (int q = 0; q < w; q++) {
                    float kz = kZzb[kb + q];
                    a[re + e + q] *= kz;
                    a[im + e + q] *= kz;
                }
            }
        } else {
            for (int q = 0; q < rows; q++) {
                int kb = (r0 + q) * px;
                for (int x = 0; x < px; x++) {
                    float kz = kZz[kb + x];
                    a[re + x * w + q] *= kz;
                    a[im + x * w + q] *= kz;
                }
            }
        }
        o = xFft.transform(s, o, -1);
        storeRows(s, o, ozr, ozi, r0, rows, Math.min(cols, px));
    }

    /** Pass 3, A: the product of the class doc for rows r0 .. r0 + width, inverse x transform, columns < cols kept. */
    private void productRowsA(int r0) {
        LineBlockFft.Scratch s = LineBlockFft.scratch(blockLen);
        float[] a = s.a;
        int rows = Math.min(width, py - r0);
        int w = width;
        int keep = Math.min(cols, px);
        if (fbr != null) {
            PackedDemagProduct.applyBlocked(fbr, fbi, F, r0 / w, py / w, px, kAb, kBb, kXyb, F + r0 * halfX, a,
                    s.at(0), s.at(1), w);
            storeRows(s, xFft.transform(s, 0, -1), oar, oai, r0, rows, keep);
            return;
        }
        if (rows == w) {
            int[] mirror = new int[w];
            for (int q = 0; q < w; q++) {
                mirror[q] = F + ((py - r0 - q) & (py - 1)) * pitch;
            }
            PackedDemagProduct.apply(far, fai, F + r0 * pitch, rowOffsets, mirror, px, kAb, kBb, kXyb, F + r0 * halfX,
                    a, s.at(0), s.at(1), w);
            storeRows(s, xFft.transform(s, 0, -1), oar, oai, r0, rows, keep);
            return;
        }
        int re = s.at(0);
        int im = s.at(1);
        Arrays.fill(a, re, re + px * w, 0f);
        Arrays.fill(a, im, im + px * w, 0f);
        for (int q = 0; q < rows; q++) {
            int ky = r0 + q;
            int base = F + ky * pitch;
            int mbase = F + ((py - ky) & (py - 1)) * pitch;
            int kb = ky * px;
            for (int kx = 0; kx < px; kx++) {
                int mp = mbase + ((px - kx) & (px - 1));
                float ar = far[base + kx];
                float ai = fai[base + kx];
                float cr = far[mp];
                float ci = -fai[mp];
                int p = kb + kx;
                a[re + kx * w + q] = kA[p] * ar + kB[p] * cr - kXy[p] * ci;
                a[im + kx * w + q] = kA[p] * ai + kB[p] * ci + kXy[p] * cr;
            }
        }
        storeRows(s, xFft.transform(s, 0, -1), oar, oai, r0, rows, keep);
    }

    /** Pass 4: inverse y transforms of the columns c0 .. c0 + width and the field of their cells. */
    private void inverseColumns(int block) {
        LineBlockFft.Scratch s = LineBlockFft.scratch(blockLen);
        float[] a = s.a;
        int c0 = block * width;
        int w = width;
        LineBlockFft.copyIn(oar, F + c0, pitch, a, s.at(0), py, w);
        LineBlockFft.copyIn(oai, F + c0, pitch, a, s.at(1), py, w);
        int o = yFft.transform(s, 0, -1);
        int span = Math.min(w, nx - c0);
        int re = s.at(o);
        int im = s.at(o + 1);
        if (span == w) {
            LineBlockFft.scaleOut(a, re, scale, b, c0, nx, ny, w);
            LineBlockFft.scaleOut(a, im, scale, b, n + c0, nx, ny, w);
        } else {
            for (int y = 0; y < ny; y++) {
                int i = y * nx + c0;
                int r = y * w;
                for (int c = 0; c < span; c++) {
                    b[i + c] = scale * a[re + r + c];
                    b[n + i + c] = scale * a[im + r + c];
                }
            }
        }
        if (block % 2 == 1) {
            return; // its B_z comes out of the even block's pair
        }
        boolean second = c0 + w < cols;
        LineBlockFft.combineRealPair(ozr, ozi, ozr, ozi, F + c0, F + c0 + w, second, zRows, py, pitch, a, s.at(0),
                s.at(1), w);
        o = yFft.transform(s, 0, -1);
        storeZ(a, s.at(o), c0);
        if (second) {
            storeZ(a, s.at(o + 1), c0 + w);
        }
    }

    /** B_z of the columns c0 .. c0 + width (x < nx) from the transformed line block at src of a. */
    private void storeZ(float[] a, int src, int c0) {
        int w = width;
        int span = Math.min(w, nx - c0);
        if (span == w) {
            LineBlockFft.scaleOut(a, src, scale, b, 2 * n + c0, nx, ny, w);
            return;
        }
        for (int y = 0; y < ny; y++) {
            int i = 2 * n + y * nx + c0;
            int r = src + y * w;
            for (int c = 0; c < span; c++) {
                b[i + c] = scale * a[r + c];
            }
        }
    }

    /**
     * Rows r0 .. r0 + rows of a spectrum into scratch blocks 0, 1 as [px][width]; columns >= cols and missing rows 0.
     */
    private void loadRows(LineBlockFft.Scratch s, float[] re, float[] im, int r0, int rows) {
        float[] a = s.a;
        int d0 = s.at(0);
        int d1 = s.at(1);
        int w = width;
        if (rows < w) {
            Arrays.fill(a, d0, d0 + px * w, 0f);
            Arrays.fill(a, d1, d1 + px * w, 0f);
        } else if (cols < px) {
            Arrays.fill(a, d0 + cols * w, d0 + px * w, 0f);
            Arrays.fill(a, d1 + cols * w, d1 + px * w, 0f);
        }
        int count = Math.min(cols, px);
        if (rows == w) {
            LineBlockFft.gather(re, F + r0 * pitch, rowOffsets, a, d0, count, w);
            LineBlockFft.gather(im, F + r0 * pitch, rowOffsets, a, d1, count, w);
            return;
        }
        for (int q = 0; q < rows; q++) {
            int base = F + (r0 + q) * pitch;
            for (int x = 0; x < count; x++) {
                a[d0 + x * w + q] = re[base + x];
                a[d1 + x * w + q] = im[base + x];
            }
        }
    }

    /** Columns x < keep of scratch blocks (o, o + 1) back into rows r0 .. r0 + rows of a spectrum. */
    private void storeRows(LineBlockFft.Scratch s, int o, float[] re, float[] im, int r0, int rows, int keep) {
        float[] a = s.a;
        int s0 = s.at(o);
        int s1 = s.at(o + 1);
        int w = width;
        if (rows == w) {
            LineBlockFft.scatter(a, s0, re, F + r0 * pitch, rowOffsets, keep, w);
            LineBlockFft.scatter(a, s1, im, F + r0 * pitch, rowOffsets, keep, w);
            return;
        }
        for (int q = 0; q < rows; q++) {
            int base = F + (r0 + q) * pitch;
            for (int x = 0; x < keep; x++) {
                re[base + x] = a[s0 + x * w + q];
                im[base + x] = a[s1 + x * w + q];
            }
        }
    }

    /**
     * Columns kx <= px/2 of a row-major py x px spectrum in the block layout of full row blocks (a partial last block
     * is left out): element (kx, q) of row block rb at F + (rb halfX + kx) width + q.
     */
    private float[] blockLayout(float[] k) {
        int blocks = py / width;
        float[] b = AlignedFloats.allocate(blocks * width * halfX);
        for (int rb = 0; rb < blocks; rb++) {
            for (int q = 0; q < width; q++) {
                for (int kx = 0; kx < halfX; kx++) {
                    b[F + (rb * halfX + kx) * width + q] = k[(rb * width + q) * px + kx];
                }
            }
        }
        return b;
    }

    private static int roundUp(int v, int m) {
        return (v + m - 1) / m * m;
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = (float) a[i];
        }
        return f;
    }

    @Override
    public String description() {
        return "host FFT (fp32 SIMD" + (fbr != null ? ", blocked" : "") + ", " + LineBlockFft.lanes() + " lanes, "
                + Runtime.getRuntime().availableProcessors() + " threads), padded " + px + " x " + py;
    }
}
