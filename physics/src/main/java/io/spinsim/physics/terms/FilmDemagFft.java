package io.spinsim.physics.terms;

import io.spinsim.physics.fft.AlignedFloats;
import io.spinsim.physics.fft.LineBlockFft;
import io.spinsim.physics.fft.PackedDemagProduct;
import io.spinsim.physics.fft.SimdSupport;
import io.spinsim.physics.fft.Workspaces;
import io.spinsim.physics.geometry.Grid;

import java.util.Arrays;

/**
 * The demag field of a single-layer film, B = -mu0 N * M (seed 000 eq.5), as an fp32 FFT convolution on the host
 * CPU with SIMD line blocks ({@link LineBlockFft}), on all cores. Same packing as the device kernel
 * (kernel/DemagFftKernel64.java): A = Ms (m_x + i m_y) and Z = Ms m_z on a grid zero-padded to powers of two
 * px x py >= (2 nx - 1) x (2 ny - 1) (and >= the block width); with the real tensor spectra of
 * {@link DemagField#filmSpectra}, FFT(B_x + i B_y)(k) = (Kxx + Kyy)/2 A(k) + ((Kxx - Kyy)/2 + i Kxy) conj A(-k) and
 * FFT(B_z) = Kzz FFT(Z).
 * <p>
 * Rows first, so that the field arrays are read and written along their rows. Passes, each over blocks of
 * {@code W} neighbouring lines that a task copies into its scratch, where all stages of the block run:
 * (1) x transforms of the film's rows (blocks of 16 rows of Ms m read row by row through a 16 x 16 tile, so the row
 * stride of the field never meets the cache sets), A's over all px columns, Z's two row blocks at once as the real
 * and the imaginary part of one transform, split into their half spectra kx <= px/2; each result stored by column
 * block (column block, row, column: a column block's rows contiguous), transposed tile by tile; (2) y transforms of
 * A's column blocks into its spectrum, in the same layout over all py rows; Z's column blocks forward, times Kzz,
 * back, stored over their own input; (3) A's product, which couples column kx, row ky with -kx, -ky: row -ky lies in
 * the same column block, and column -kx of a block's columns is one lane permutation of the mirror block's row
 * ({@link PackedDemagProduct}), and its inverse y transform, rows y < ny kept; (4) inverse x transforms of the film's
 * row blocks (Z's two at once, its columns kx > px/2 the conjugate mirror) and the field of their cells. Tensor
 * spectra stored for ky <= py/2 only: they are even in ky, Kxy odd. fp32 throughout: FilmDemagFftTest bounds it
 * against the fp64 {@link DemagField}. physics/README.md has the measurements.
 */
public final class FilmDemagFft implements DemagConvolution {

    private final int nx;
    private final int ny;
    private final int n;
    private final int px;
    private final int py;
    /** Film rows rounded up to whole row blocks: the rows a column block holds in the row-pass layouts. */
    private final int rows;
    private final int rowBlocks;
    private final int xBlocks;
    /** Columns kx <= px/2 of Z's half spectra, and the column blocks that hold them. */
    private final int zCols;
    private final int zBlocks;
    /** Rows ky <= py/2 of the stored tensor spectra. */
    private final int halfY;
    private final float scale;
    private final float[] ms;
    /**
     * (Kxx + Kyy)/2, (Kxx - Kyy)/2, Kxy over A's column blocks and Kzz over Z's, rows ky <= py/2: element (kx, ky)
     * of column block cb (kx = cb W + c) at F + (cb halfY + ky) W + c.
     */
    private final float[] kA;
    private final float[] kB;
    private final float[] kXy;
    private final float[] kZz;
    /**
     * A after its x transforms, then after its product and inverse y transforms (re, im): element (kx or x, y) of
     * column block cb at F + (cb rows + y) W + c.
     */
    private final float[] tr;
    private final float[] ti;
    /** Z's half spectra after the x transforms, then after Kzz and back: same layout over zBlocks. */
    private final float[] zr;
    private final float[] zi;
    /** A's spectrum: element (kx, ky) of column block cb at F + (cb py + ky) W + c. */
    private final float[] sr;
    private final float[] si;
    private final LineBlockFft xFft;
    private final LineBlockFft yFft;
    /** Scratches with line blocks of the longer line and room for Z's two half spectra. */
    private final Workspaces<LineBlockFft.Scratch> scratches;
    private float[] m;
    private float[] b;
    private final float[] mIn;
    private final float[] bOut;

    /**
     * Where the data of every spectrum and block-layout array starts ({@link AlignedFloats}), so that the 16-float
     * rows of a column block lie on cache lines.
     */
    private static final int F = AlignedFloats.OFFSET;
    /** Lines of a block and side of the transposed tiles ({@link LineBlockFft#TILE}). */
    private static final int W = LineBlockFft.TILE;

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
        px = Math.max(DemagField.powerOfTwoPadding(nx), W);
        py = Math.max(DemagField.powerOfTwoPadding(ny), W);
        rowBlocks = (ny + W - 1) / W;
        rows = rowBlocks * W;
        xBlocks = px / W;
        zCols = px / 2 + 1;
        zBlocks = (zCols + W - 1) / W;
        halfY = py / 2 + 1;
        scale = 1f / ((float) px * py);
        double[][] k = DemagField.filmSpectra(grid, px, py);
        kA = columnBlocks(k[0], xBlocks);
        kB = columnBlocks(k[1], xBlocks);
        kXy = columnBlocks(k[2], xBlocks);
        kZz = columnBlocks(k[3], zBlocks);
        ms = new float[n];
        for (int i = 0; i < n; i++) {
            ms[i] = (float) msOfCell[i];
        }
        mIn = new float[3 * n];
        bOut = new float[3 * n];
        tr = AlignedFloats.allocate(xBlocks * rows * W);
        ti = AlignedFloats.allocate(xBlocks * rows * W);
        zr = AlignedFloats.allocate(zBlocks * rows * W);
        zi = AlignedFloats.allocate(zBlocks * rows * W);
        sr = AlignedFloats.allocate(xBlocks * py * W);
        si = AlignedFloats.allocate(xBlocks * py * W);
        xFft = new LineBlockFft(px);
        yFft = new LineBlockFft(py);
        int blockLen = (Math.max(px, py) + 2 * W) * W;
        scratches = new Workspaces<>(() -> new LineBlockFft.Scratch(blockLen));
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
        int zPairs = (rowBlocks + 1) / 2;
        scratches.forEach(rowBlocks, this::forwardRowsA, zPairs, this::forwardRowsZ);
        scratches.forEach(xBlocks, this::forwardColumnsA, zBlocks, this::columnsZ);
        scratches.forEach(xBlocks, this::productColumnsA);
        scratches.forEach(rowBlocks, this::inverseRowsA, zPairs, this::inverseRowsZ);
        this.m = null;
        this.b = null;
    }

    /** Pass 1, A: x transforms of the film rows of row block rb, stored by column block in (tr, ti). */
    private void forwardRowsA(LineBlockFft.Scratch s, int rb) {
        int y0 = rb * W;
        int count = Math.min(W, ny - y0);
        loadRows(s, s.at(0), 0, y0, count);
        loadRows(s, s.at(1), n, y0, count);
        int o = xFft.transform(s, 0, 1);
        LineBlockFft.tilesOut(s.a, s.at(o), tr, F + y0 * W, rows * W, xBlocks);
        LineBlockFft.tilesOut(s.a, s.at(o + 1), ti, F + y0 * W, rows * W, xBlocks);
    }

    /**
     * Pass 1, Z: x transform of row blocks 2p (real part) and 2p + 1 (imaginary part), split into the two half spectra
     * kx <= px/2, stored by column block in (zr, zi).
     */
    private void forwardRowsZ(LineBlockFft.Scratch s, int p) {
        float[] a = s.a;
        int y0 = 2 * p * W;
        int y1 = y0 + W;
        boolean second = y1 < ny;
        loadRows(s, s.at(0), 2 * n, y0, Math.min(W, ny - y0));
        if (second) {
            loadRows(s, s.at(1), 2 * n, y1, Math.min(W, ny - y1));
        } else {
            Arrays.fill(a, s.at(1), s.at(1) + px * W, 0f);
        }
        int o = xFft.transform(s, 0, 1);
        int half = zBlocks * W * W; // Z1 at the start of the free pair, Z2 after it
        int re = s.at(2 - o);
        int im = s.at(3 - o);
        LineBlockFft.splitRealPair(a, s.at(o), s.at(o + 1), zCols, zBlocks * W, px, re, im, re + half,
                im + half);
        LineBlockFft.tilesOut(a, re, zr, F + y0 * W, rows * W, zBlocks);
        LineBlockFft.tilesOut(a, im, zi, F + y0 * W, rows * W, zBlocks);
        if (second) {
            LineBlockFft.tilesOut(a, re + half, zr, F + y1 * W, rows * W, zBlocks);
            LineBlockFft.tilesOut(a, im + half, zi, F + y1 * W, rows * W, zBlocks);
        }
    }

    /**
     * Ms m (component at field offset c0) of the film rows y0 .. y0 + count into the line block at dst of s, as
     * [px][W] (columns x >= nx and rows beyond count 0).
     */
    private void loadRows(LineBlockFft.Scratch s, int dst, int c0, int y0, int count) {
        float[] a = s.a;
        int whole = count == W ? nx / W * W : 0;
        if (whole > 0) {
            LineBlockFft.rowsIn(ms, y0 * nx, m, c0 + y0 * nx, nx, whole, s, dst);
        }
        for (int x = whole; x < nx; x++) {
            int e = dst + x * W;
            for (int q = 0; q < count; q++) {
                int i = (y0 + q) * nx + x;
                a[e + q] = ms[i] * m[c0 + i];
            }
            Arrays.fill(a, e + count, e + W, 0f);
        }
        Arrays.fill(a, dst + nx * W, dst + px * W, 0f);
    }

    /** Pass 2, A: y transforms of column block cb into A's spectrum. */
    private void forwardColumnsA(LineBlockFft.Scratch s, int cb) {
        int o = forwardColumns(s, tr, ti, cb);
        System.arraycopy(s.a, s.at(o), sr, F + cb * py * W, py * W);
        System.arraycopy(s.a, s.at(o + 1), si, F + cb * py * W, py * W);
    }

    /** Pass 2, Z: y transforms of column block zb, times Kzz, and back, over its own rows of (zr, zi). */
    private void columnsZ(LineBlockFft.Scratch s, int zb) {
        int o = forwardColumns(s, zr, zi, zb);
        LineBlockFft.multiplyRows(s.a, s.at(o), s.at(o + 1), py, kZz, F + zb * halfY * W);
        o = yFft.transform(s, o, -1);
        int from = F + zb * rows * W;
        System.arraycopy(s.a, s.at(o), zr, from, rows * W);
        System.arraycopy(s.a, s.at(o + 1), zi, from, rows * W);
    }

    /**
     * Column block cb of a row-pass layout (re, im) into scratch blocks 0, 1 (rows beyond the film's 0) and its forward
     * y transforms; returns where the result is ({@link LineBlockFft#transform}).
     */
    private int forwardColumns(LineBlockFft.Scratch s, float[] re, float[] im, int cb) {
        float[] a = s.a;
        int from = F + cb * rows * W;
        int len = rows * W;
        System.arraycopy(re, from, a, s.at(0), len);
        System.arraycopy(im, from, a, s.at(1), len);
        Arrays.fill(a, s.at(0) + len, s.at(0) + py * W, 0f);
        Arrays.fill(a, s.at(1) + len, s.at(1) + py * W, 0f);
        return yFft.transform(s, 0, 1);
    }

    /** Pass 3, A: the product of the class doc for column block cb, inverse y transforms, rows y < ny kept. */
    private void productColumnsA(LineBlockFft.Scratch s, int cb) {
        float[] a = s.a;
        PackedDemagProduct.apply(sr, si, F, cb, xBlocks, py, kA, kB, kXy, F + cb * halfY * W, a, s.at(0),
                s.at(1));
        int o = yFft.transform(s, 0, -1);
        int to = F + cb * rows * W;
        System.arraycopy(a, s.at(o), tr, to, rows * W);
        System.arraycopy(a, s.at(o + 1), ti, to, rows * W);
    }

    /** Pass 4, A: inverse x transforms of row block rb and B_x, B_y of its cells. */
    private void inverseRowsA(LineBlockFft.Scratch s, int rb) {
        float[] a = s.a;
        int y0 = rb * W;
        LineBlockFft.tilesIn(tr, F + y0 * W, rows * W, xBlocks, a, s.at(0));
        LineBlockFft.tilesIn(ti, F + y0 * W, rows * W, xBlocks, a, s.at(1));
        int o = xFft.transform(s, 0, -1);
        int count = Math.min(W, ny - y0);
        storeRows(a, s.at(o), 0, y0, count);
        storeRows(a, s.at(o + 1), n, y0, count);
    }

    /**
     * Pass 4, Z: Z1 + i Z2 of row blocks 2p and 2p + 1 over all columns (kx > px/2 from the conjugate mirror), its
     * inverse x transform, and B_z of their cells (Z1's in the real part, Z2's in the imaginary part).
     */
    private void inverseRowsZ(LineBlockFft.Scratch s, int p) {
        float[] a = s.a;
        int y0 = 2 * p * W;
        int y1 = y0 + W;
        boolean second = y1 < ny;
        LineBlockFft.combineRealPair(zr, zi, F + y0 * W, second, rows * W, px, a, s.at(0), s.at(1));
        int o = xFft.transform(s, 0, -1);
        storeRows(a, s.at(o), 2 * n, y0, Math.min(W, ny - y0));
        if (second) {
            storeRows(a, s.at(o + 1), 2 * n, y1, Math.min(W, ny - y1));
        }
    }

    /** Columns x < nx of the line block at src of a into the field rows y0 .. y0 + count (at field offset c0), scaled. */
    private void storeRows(float[] a, int src, int c0, int y0, int count) {
        int whole = nx / LineBlockFft.lanes() * LineBlockFft.lanes();
        LineBlockFft.rowsOut(a, src, scale, b, c0 + y0 * nx, nx, count, whole);
        for (int q = 0; q < count; q++) {
            int row = c0 + (y0 + q) * nx;
            for (int x = whole; x < nx; x++) {
                b[row + x] = scale * a[src + x * W + q];
            }
        }
    }

    /**
     * Columns of blocks 0 .. blocks - 1 and rows ky <= py/2 of a row-major py x px spectrum in the column-block layout
     * of {@link #kA} (columns beyond px, in Z's last block, 0).
     */
    private float[] columnBlocks(double[] k, int blocks) {
        float[] out = AlignedFloats.allocate(blocks * halfY * W);
        for (int cb = 0; cb < blocks; cb++) {
            for (int ky = 0; ky < halfY; ky++) {
                for (int c = 0; c < W; c++) {
                    int kx = cb * W + c;
                    out[F + (cb * halfY + ky) * W + c] = kx < px ? (float) k[ky * px + kx] : 0f;
                }
            }
        }
        return out;
    }

    @Override
    public String description() {
        return "host FFT (fp32 SIMD, rows first, " + LineBlockFft.lanes() + " lanes, "
                + Runtime.getRuntime().availableProcessors() + " threads), padded " + px + " x " + py;
    }
}
