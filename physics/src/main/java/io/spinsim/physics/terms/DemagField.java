package io.spinsim.physics.terms;

import io.spinsim.physics.PhysicalConstants;
import io.spinsim.physics.fft.Workspaces;
import io.spinsim.physics.geometry.Grid;
import org.jtransforms.fft.DoubleFFT_1D;

import java.util.stream.IntStream;

/**
 * Magnetostatic (demagnetizing) field B = -mu0 N * M of the finite-difference grid, energy density
 * -Ms m . B / 2 (seed 000 eq.5): the discrete convolution with the {@link NewellTensor}, done as a product in
 * Fourier space on a grid zero-padded to at least 2n - 1 cells per direction (no periodic images). The 3-D FFT is
 * separable and uses JTransforms 1-D transforms: real-to-complex along x, complex along y and z, skipping the lines
 * that are known to be zero (the padding) on the way in and the lines that are not needed on the way out. The
 * tensor spectra are real (each tensor element is even or odd in pairs of directions), so only their real parts are
 * kept. A thin film (nz = 1) has Nxz = Nyz = 0 and needs four spectra.
 * <p>
 * Option: the kernel's local thin-film approximation (demag mode {@code thin_film_local}) replaces all this by
 * B = -mu0 Ms m_z z per cell, the field of an infinite film; it is exact for uniform out-of-plane states and
 * otherwise neglects the stray fields of domain walls, skyrmions and edges (an effective anisotropy
 * Ku - mu0 Ms^2 / 2).
 */
public final class DemagField implements DemagConvolution {

    private final Grid grid;
    private final int px;
    private final int py;
    private final int pz;
    private final int hx;
    private final boolean thinFilm;
    /** Real spectra of -mu0 N: xx, yy, zz, xy, xz, yz (xz and yz absent for a thin film), index (kz py + ky) hx + kx. */
    private final double[][] kernel;
    /** Complex spectra of the three components of M = Ms m, interleaved re/im. */
    private final double[][] spectra = new double[3][];
    private final double[] msOfCell;
    private final Workspaces<Transforms> transforms;

    /** @param msOfCell saturation magnetization per cell, A/m (0 in vacuum) */
    public DemagField(Grid grid, double[] msOfCell) {
        this.grid = grid;
        this.msOfCell = msOfCell.clone();
        px = paddedLength(grid.nx());
        py = paddedLength(grid.ny());
        pz = paddedLength(grid.nz());
        hx = px / 2 + 1;
        thinFilm = grid.nz() == 1;
        transforms = new Workspaces<>(() -> new Transforms(px, py, pz));
        for (int c = 0; c < 3; c++) {
            spectra[c] = new double[2 * hx * py * pz];
        }
        kernel = tensorSpectra();
    }

    /** Whether the packed single-layer film convolutions (device FFT, FilmDemagFft) take the grid: one z plane of at
     *  least 2 x 2 cells. */
    public static boolean singleLayerFilm(Grid grid) {
        return grid.nz() == 1 && grid.nx() >= 2 && grid.ny() >= 2;
    }

    /** Power of two >= 2n - 1, the padding of the radix-4/radix-2 Stockham transforms of the film convolutions. */
    public static int powerOfTwoPadding(int n) {
        return Integer.highestOneBit(2 * n - 1) << 1; // 2n - 1 is odd, never itself a power of two for n >= 2
    }

    /** Smallest length >= 2n - 1 that is even and 2^a 3^b 5^c (fast JTransforms sizes); 1 for a single cell. */
    static int paddedLength(int n) {
        if (n == 1) {
            return 1;
        }
        int p = 2 * n - 1;
        while (p % 2 != 0 || !smooth(p)) {
            p++;
        }
        return p;
    }

    private static boolean smooth(int p) {
        for (int f : new int[]{2, 3, 5}) {
            while (p % f == 0) {
                p /= f;
            }
        }
        return p == 1;
    }

    /**
     * @param m unit magnetization, structure of arrays (3 n)
     * @param b demag flux density out, T, same layout
     */
    @Override
    public void field(double[] m, double[] b) {
        int n = grid.cells();
        forward(spectra, (c, iy, iz, line) -> magnetizationLine(m, c * n, iy, iz, line), grid.ny(), grid.nz());
        multiply();
        inverse(spectra, b);
    }

    private void magnetizationLine(double[] m, int offset, int iy, int iz, double[] line) {
        int base = grid.index(0, iy, iz);
        for (int ix = 0; ix < grid.nx(); ix++) {
            line[ix] = msOfCell[base + ix] * m[offset + base + ix];
        }
        java.util.Arrays.fill(line, grid.nx(), px, 0);
    }

    private interface LineSource {
        void fill(int component, int iy, int iz, double[] line);
    }

    private interface LineTask {
        void run(int component, int a, int b, Transforms t);
    }

    /** In-place forward 3-D FFT of every spectrum; input lines beyond (ly, lz) are zero and not transformed. */
    private void forward(double[][] specs, LineSource source, int ly, int lz) {
        lines(specs.length, lz, ly, (c, iz, iy, t) -> {
            source.fill(c, iy, iz, t.xLine);
            t.realForward(t.xLine);
            unpackX(t.xLine, specs[c], (iz * py + iy) * hx);
        });
        lines(specs.length, lz, blocks(hx), (c, iz, block, t) -> transformBlock(specs[c], (iz * py) * hx,
                block * BLOCK, hx, py, ly, py, t.yLines, t.y, true));
        if (pz > 1) {
            lines(specs.length, py, blocks(hx), (c, ky, block, t) -> transformBlock(specs[c], ky * hx,
                    block * BLOCK, hx * py, pz, lz, pz, t.zLines, t.z, true));
        }
    }

    /** Inverse of {@link #forward}, computing only the lines of the original grid; result into out (SoA). */
    private void inverse(double[][] specs, double[] out) {
        int n = grid.cells();
        if (pz > 1) {
            lines(specs.length, py, blocks(hx), (c, ky, block, t) -> transformBlock(specs[c], ky * hx,
                    block * BLOCK, hx * py, pz, pz, grid.nz(), t.zLines, t.z, false));
        }
        lines(specs.length, grid.nz(), blocks(hx), (c, iz, block, t) -> transformBlock(specs[c], (iz * py) * hx,
                block * BLOCK, hx, py, py, grid.ny(), t.yLines, t.y, false));
        lines(specs.length, grid.nz(), grid.ny(), (c, iz, iy, t) -> {
            packX(specs[c], (iz * py + iy) * hx, t.xLine);
            t.realInverse(t.xLine);
            System.arraycopy(t.xLine, 0, out, c * n + grid.index(0, iy, iz), grid.nx());
        });
    }

    /** Runs task over components x na x nb lines in parallel chunks, each worker with its own transforms. */
    private void lines(int components, int na, int nb, LineTask task) {
        long total = (long) components * na * nb;
        int chunks = (int) Math.max(1, Math.min(64, total / 16));
        transforms.forEach(chunks, (t, chunk) -> {
            for (long l = total * chunk / chunks; l < total * (chunk + 1) / chunks; l++) {
                int c = (int) (l / ((long) na * nb));
                int rest = (int) (l - (long) c * na * nb);
                task.run(c, rest / nb, rest % nb, t);
            }
        });
    }

    /** Adjacent columns transformed together: a block's gather reads whole cache lines of the spectrum. */
    static final int BLOCK = 8;

    private static int blocks(int columns) {
        return (columns + BLOCK - 1) / BLOCK;
    }

    /**
     * Complex transforms of the columns {@code first} .. {@code first + BLOCK - 1} (those below hx) of the lines
     * that start at complex index {@code base + column} with {@code stride}: reads the first {@code in} entries of
     * each (the rest are zero), writes back the first {@code out}.
     */
    private void transformBlock(double[] spec, int base, int first, int stride, int length, int in, int out,
                                double[][] lines, DoubleFFT_1D fft, boolean forward) {
        int count = Math.min(BLOCK, hx - first);
        for (int j = 0; j < in; j++) {
            int at = 2 * (base + j * stride + first);
            for (int b = 0; b < count; b++) {
                lines[b][2 * j] = spec[at + 2 * b];
                lines[b][2 * j + 1] = spec[at + 2 * b + 1];
            }
        }
        for (int b = 0; b < count; b++) {
            java.util.Arrays.fill(lines[b], 2 * in, 2 * length, 0);
            if (length > 1) {
                if (forward) {
                    fft.complexForward(lines[b]);
                } else {
                    fft.complexInverse(lines[b], true);
                }
            }
        }
        for (int j = 0; j < out; j++) {
            int at = 2 * (base + j * stride + first);
            for (int b = 0; b < count; b++) {
                spec[at + 2 * b] = lines[b][2 * j];
                spec[at + 2 * b + 1] = lines[b][2 * j + 1];
            }
        }
    }

    /** JTransforms realForward packing (even n): a[0] = Re0, a[1] = Re(n/2), a[2k] = Re k, a[2k+1] = Im k. */
    private void unpackX(double[] line, double[] spec, int start) {
        if (px == 1) {
            spec[2 * start] = line[0];
            spec[2 * start + 1] = 0;
            return;
        }
        spec[2 * start] = line[0];
        spec[2 * start + 1] = 0;
        spec[2 * (start + px / 2)] = line[1];
        spec[2 * (start + px / 2) + 1] = 0;
        for (int k = 1; k < px / 2; k++) {
            spec[2 * (start + k)] = line[2 * k];
            spec[2 * (start + k) + 1] = line[2 * k + 1];
        }
    }

    private void packX(double[] spec, int start, double[] line) {
        if (px == 1) {
            line[0] = spec[2 * start];
            return;
        }
        line[0] = spec[2 * start];
        line[1] = spec[2 * (start + px / 2)];
        for (int k = 1; k < px / 2; k++) {
            line[2 * k] = spec[2 * (start + k)];
            line[2 * k + 1] = spec[2 * (start + k) + 1];
        }
    }

    private void multiply() {
        int frequencies = hx * py * pz;
        int chunks = Math.max(1, Math.min(64, frequencies / 4096));
        IntStream.range(0, chunks).parallel()
                .forEach(c -> multiply(frequencies * c / chunks, frequencies * (c + 1) / chunks));
    }

    private void multiply(int from, int to) {
        double[] sx = spectra[0];
        double[] sy = spectra[1];
        double[] sz = spectra[2];
        for (int f = from; f < to; f++) {
            double kxx = kernel[0][f];
            double kyy = kernel[1][f];
            double kzz = kernel[2][f];
            double kxy = kernel[3][f];
            double kxz = thinFilm ? 0 : kernel[4][f];
            double kyz = thinFilm ? 0 : kernel[5][f];
            for (int part = 0; part < 2; part++) {
                int at = 2 * f + part;
                double mx = sx[at];
                double my = sy[at];
                double mz = sz[at];
                sx[at] = kxx * mx + kxy * my + kxz * mz;
                sy[at] = kxy * mx + kyy * my + kyz * mz;
                sz[at] = kxz * mx + kyz * my + kzz * mz;
            }
        }
    }

    private double[][] tensorSpectra() {
        int components = thinFilm ? 4 : 6;
        double[][] padded = paddedTensor(grid, px, py, pz, components);
        double[][] specs = new double[components][2 * hx * py * pz];
        forward(specs, (c, iy, iz, line) -> System.arraycopy(padded[c], (iz * py + iy) * px, line, 0, px), py, pz);
        double[][] real = new double[components][hx * py * pz];
        for (int c = 0; c < components; c++) {
            for (int f = 0; f < real[c].length; f++) {
                real[c][f] = specs[c][2 * f];
            }
        }
        return real;
    }

    /**
     * Spectra of a single-layer film's padded tensor for the packed film convolutions (kernel/DemagFftKernel64.java,
     * FilmDemagFft.java): (Kxx + Kyy)/2, (Kxx - Kyy)/2, Kxy and Kzz, K = FFT(-mu0 N), T per A/m, laid out
     * ky px + kx. The tensor is even in x and y (Nxy odd in both), so the spectra are real (imaginary parts dropped).
     */
    public static double[][] filmSpectra(Grid grid, int px, int py) {
        double[][] padded = paddedTensor(grid, px, py, 1, 4); // xx, yy, zz, xy
        org.jtransforms.fft.DoubleFFT_2D fft = new org.jtransforms.fft.DoubleFFT_2D(py, px);
        double[][] real = new double[4][px * py];
        for (int c = 0; c < 4; c++) {
            double[] full = new double[2 * px * py];
            System.arraycopy(padded[c], 0, full, 0, px * py);
            fft.realForwardFull(full);
            for (int p = 0; p < px * py; p++) {
                real[c][p] = full[2 * p];
            }
        }
        double[][] k = new double[4][px * py];
        for (int p = 0; p < px * py; p++) {
            k[0][p] = (real[0][p] + real[1][p]) / 2;
            k[1][p] = (real[0][p] - real[1][p]) / 2;
            k[2][p] = real[3][p];
            k[3][p] = real[2][p];
        }
        return k;
    }

    /**
     * -mu0 N (T per A/m) on a px x py x pz grid in wrap-around order (offset -k at index p - k), zero where no
     * cell pair has that offset: index (iz py + iy) px + ix; components xx, yy, zz, xy (and xz, yz if 6).
     */
    public static double[][] paddedTensor(Grid grid, int px, int py, int pz, int components) {
        NewellTensor tensor = new NewellTensor(grid.dx(), grid.dy(), grid.dz());
        double[][] padded = new double[components][px * py * pz];
        IntStream.range(0, pz).parallel().forEach(iz -> {
            for (int iy = 0; iy < py; iy++) {
                for (int ix = 0; ix < px; ix++) {
                    int i = offset(ix, px, grid.nx());
                    int j = offset(iy, py, grid.ny());
                    int k = offset(iz, pz, grid.nz());
                    if (i != Integer.MIN_VALUE && j != Integer.MIN_VALUE && k != Integer.MIN_VALUE) {
                        double[] n = tensor.components(i, j, k);
                        for (int c = 0; c < components; c++) {
                            padded[c][(iz * py + iy) * px + ix] = -PhysicalConstants.MU0 * n[c];
                        }
                    }
                }
            }
        });
        return padded;
    }

    @Override
    public String description() {
        return "host FFT (JTransforms, fp64), padded " + px + " x " + py + " x " + pz;
    }

    /** Cell offset stored at padded index p (wrap-around order), or MIN_VALUE for the zero padding. */
    private static int offset(int p, int padded, int n) {
        if (p < n) {
            return p;
        }
        int negative = p - padded;
        return negative > -n ? negative : Integer.MIN_VALUE;
    }

    /** Per-thread transforms and line buffers. */
    private static final class Transforms {
        final DoubleFFT_1D x;
        final DoubleFFT_1D y;
        final DoubleFFT_1D z;
        final double[] xLine;
        final double[][] yLines;
        final double[][] zLines;

        Transforms(int px, int py, int pz) {
            x = px > 1 ? new DoubleFFT_1D(px) : null;
            y = new DoubleFFT_1D(py);
            z = new DoubleFFT_1D(pz);
            xLine = new double[Math.max(2, px)];
            yLines = new double[BLOCK][2 * py];
            zLines = new double[BLOCK][2 * pz];
        }

        void realForward(double[] line) {
            if (x != null) {
                x.realForward(line);
            }
        }

        void realInverse(double[] line) {
            if (x != null) {
                x.realInverse(line, true);
            }
        }
    }
}
