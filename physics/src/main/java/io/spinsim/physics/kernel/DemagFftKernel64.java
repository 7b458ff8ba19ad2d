package io.spinsim.physics.kernel;

import com.aparapi.Kernel;

/**
 * The thin-film demag convolution B = -mu0 N * M (seed 000 eq.5; terms/DemagField.java is the host twin) as a
 * device FFT, so that an OpenCL run keeps its FFTs on the device: Stockham autosort radix-4 stages (and one
 * radix-2 stage when log2 of the length is odd) on a grid zero-padded to powers of two px x py >= (2 nx - 1) x
 * (2 ny - 1). A launch does one stage of one direction for every line at once, one butterfly per work item, with
 * the lines side by side so that neighbouring work items read and write neighbouring addresses (PoCL turns them
 * into vector loads; measured on this CPU, 2 cores: 12-16 GFLOP/s per 1024 x 1024 column transform against
 * 7.7 radix-2).
 * <p>
 * Packing: field 0 holds Ms (m_x + i m_y), field 1 holds Ms m_z. For a single layer Nxz = Nyz = 0, so
 * B_x + i B_y follows from Z0 = FFT(M_x + i M_y) alone: with A = Z0(k) and C = conj Z0(-k),
 * FFT(B_x + i B_y)(k) = (K_xx + K_yy)/2 A + ((K_xx - K_yy)/2 + i K_xy) C, where K = FFT(-mu0 N) is real; and
 * B_z = IFFT(K_zz FFT(M_z)). Field 1 is real, so its x transform is done only for ky <= py/2 and the other half
 * is its complex conjugate mirror (MIRROR) before the inverse y transform.
 * <p>
 * Layout: re/im hold three regions (0: the loaded input, whose padding stays zero; 1 and 2: Stockham ping-pong),
 * each two fields of py rows of px complex values. {@code phase} selects what a launch does; every phase body is
 * written inline in {@link #run()} without calls or loops (PoCL vectorizes the work items only then, see
 * LlgKernel64), and global sizes are exact so the stages have no bounds branch.
 * <p>
 * This file is the double-precision source; the build writes {@code DemagFftKernel32} from it as for LlgKernel64
 * (lines marked @host keep double). Plain-Java twin: {@link RangeLauncher#java()} runs this very {@link #run()} over the
 * same global ids on clones.
 */
public final class DemagFftKernel64 extends Kernel implements DemagFftKernel {

    static final int LOAD = 0;
    static final int Y2 = 1;
    static final int Y4 = 2;
    static final int X2 = 3;
    static final int X4 = 4;
    static final int MUL0 = 5;
    static final int MUL1 = 6;
    static final int MIRROR = 7;
    static final int ZERO = 8;
    static final int EXTRACT = 9;

    int n;
    int nx;
    int ny;
    int px;
    int py;
    int plane;

    /** The launch's phase (host side); run() reads the one-hot flags below instead: a chain of comparisons of
     *  one variable is turned into a switch by LLVM, which then does not vectorize the work items at all. */
    int phase;
    int onLoad;
    int onY2;
    int onY4;
    int onX2;
    int onX4;
    int onMul0;
    int onMul1;
    int onMirror;
    int onZero;
    int onExtract;
    int src;
    int dst;
    int ns;
    int zeroFrom;
    /** +1 forward transform (twiddles e^{-2 pi i t / L}), -1 inverse. */
    double sg;
    double scale;

    double[] re;
    double[] im;
    double[] twxr;
    double[] twxi;
    double[] twyr;
    double[] twyi;
    /** (Kxx + Kyy)/2, (Kxx - Kyy)/2, Kxy, Kzz: real spectra of -mu0 N, T/(A/m), index ky px + kx. */
    double[] kA;
    double[] kB;
    double[] kXy;
    double[] kZz;
    double[] mIn;
    double[] msCell;
    double[] bOut;

    public DemagFftKernel64(int nx, int ny, int px, int py) { // @host
        this.nx = nx;
        this.ny = ny;
        this.px = px;
        this.py = py;
        n = nx * ny;
        plane = px * py;
        re = new double[6 * plane];
        im = new double[6 * plane];
        twxr = new double[px];
        twxi = new double[px];
        twyr = new double[py];
        twyi = new double[py];
        for (int t = 0; t < px; t++) {
            twxr[t] = (double) Math.cos(-2 * Math.PI * t / px);
            twxi[t] = (double) Math.sin(-2 * Math.PI * t / px);
        }
        for (int t = 0; t < py; t++) {
            twyr[t] = (double) Math.cos(-2 * Math.PI * t / py);
            twyi[t] = (double) Math.sin(-2 * Math.PI * t / py);
        }
        kA = new double[plane];
        kB = new double[plane];
        kXy = new double[plane];
        kZz = new double[plane];
        mIn = new double[3 * n];
        msCell = new double[n];
        bOut = new double[3 * n];
        scale = 1.0 / plane;
    }

    @Override
    public void run() {
        int a = getGlobalId(0);
        int g = getGlobalId(1);
        if (onY4 == 1) {
            // radix-4 stage along y: column a, field f, butterfly j of py/4; inputs j + q py/4, outputs d + q ns
            int qn = py >> 2;
            int f = g / qn;
            int j = g - f * qn;
            int k = j & (ns - 1);
            int t1 = k * (py / (ns << 2));
            double w1r = twyr[t1];
            double w1i = sg * twyi[t1];
            double w2r = twyr[2 * t1];
            double w2i = sg * twyi[2 * t1];
            double w3r = twyr[3 * t1];
            double w3i = sg * twyi[3 * t1];
            int i0 = (src * 2 + f) * plane + j * px + a;
            int st = qn * px;
            int o0 = (dst * 2 + f) * plane + (((j - k) << 2) + k) * px + a;
            int os = ns * px;
            double x0r = re[i0];
            double x0i = im[i0];
            double x1r = re[i0 + st] * w1r - im[i0 + st] * w1i;
            double x1i = re[i0 + st] * w1i + im[i0 + st] * w1r;
            double x2r = re[i0 + 2 * st] * w2r - im[i0 + 2 * st] * w2i;
            double x2i = re[i0 + 2 * st] * w2i + im[i0 + 2 * st] * w2r;
            double x3r = re[i0 + 3 * st] * w3r - im[i0 + 3 * st] * w3i;
            double x3i = re[i0 + 3 * st] * w3i + im[i0 + 3 * st] * w3r;
            double s02r = x0r + x2r;
            double s02i = x0i + x2i;
            double d02r = x0r - x2r;
            double d02i = x0i - x2i;
            double s13r = x1r + x3r;
            double s13i = x1i + x3i;
            double d13r = x1r - x3r;
            double d13i = x1i - x3i;
            re[o0] = s02r + s13r;
            im[o0] = s02i + s13i;
            re[o0 + os] = d02r + sg * d13i;
            im[o0 + os] = d02i - sg * d13r;
            re[o0 + 2 * os] = s02r - s13r;
            im[o0 + 2 * os] = s02i - s13i;
            re[o0 + 3 * os] = d02r - sg * d13i;
            im[o0 + 3 * os] = d02i + sg * d13r;
        } else if (onX4 == 1) {
            // radix-4 stage along x: butterfly a of px/4, row g (field 0: rows 0..py-1, field 1: ky = 0..py/2); the
            // butterfly of Y4 written again with unit strides: a shared method would be a call (PoCL then does not
            // vectorize), and strides as kernel arguments would make every access a gather
            int qn = px >> 2;
            int f = g / py;
            int ky = g - f * py;
            int k = a & (ns - 1);
            int t1 = k * (px / (ns << 2));
            double w1r = twxr[t1];
            double w1i = sg * twxi[t1];
            double w2r = twxr[2 * t1];
            double w2i = sg * twxi[2 * t1];
            double w3r = twxr[3 * t1];
            double w3i = sg * twxi[3 * t1];
            int i0 = (src * 2 + f) * plane + ky * px + a;
            int o0 = (dst * 2 + f) * plane + ky * px + ((a - k) << 2) + k;
            double x0r = re[i0];
            double x0i = im[i0];
            double x1r = re[i0 + qn] * w1r - im[i0 + qn] * w1i;
            double x1i = re[i0 + qn] * w1i + im[i0 + qn] * w1r;
            double x2r = re[i0 + 2 * qn] * w2r - im[i0 + 2 * qn] * w2i;
            double x2i = re[i0 + 2 * qn] * w2i + im[i0 + 2 * qn] * w2r;
            double x3r = re[i0 + 3 * qn] * w3r - im[i0 + 3 * qn] * w3i;
            double x3i = re[i0 + 3 * qn] * w3i + im[i0 + 3 * qn] * w3r;
            double s02r = x0r + x2r;
            double s02i = x0i + x2i;
            double d02r = x0r - x2r;
            double d02i = x0i - x2i;
            double s13r = x1r + x3r;
            double s13i = x1i + x3i;
            double d13r = x1r - x3r;
            double d13i = x1i - x3i;
            re[o0] = s02r + s13r;
            im[o0] = s02i + s13i;
            re[o0 + ns] = d02r + sg * d13i;
            im[o0 + ns] = d02i - sg * d13r;
            re[o0 + 2 * ns] = s02r - s13r;
            im[o0 + 2 * ns] = s02i - s13i;
            re[o0 + 3 * ns] = d02r - sg * d13i;
            im[o0 + 3 * ns] = d02i + sg * d13r;
        } else if (onY2 == 1) {
            int qn = py >> 1;
            int f = g / qn;
            int j = g - f * qn;
            int k = j & (ns - 1);
            int t1 = k * (py / (ns << 1));
            double w1r = twyr[t1];
            double w1i = sg * twyi[t1];
            int i0 = (src * 2 + f) * plane + j * px + a;
            int st = qn * px;
            int o0 = (dst * 2 + f) * plane + (((j - k) << 1) + k) * px + a;
            int os = ns * px;
            double x1r = re[i0 + st] * w1r - im[i0 + st] * w1i;
            double x1i = re[i0 + st] * w1i + im[i0 + st] * w1r;
            re[o0] = re[i0] + x1r;
            im[o0] = im[i0] + x1i;
            re[o0 + os] = re[i0] - x1r;
            im[o0 + os] = im[i0] - x1i;
        } else if (onX2 == 1) {
            int qn = px >> 1;
            int f = g / py;
            int ky = g - f * py;
            int k = a & (ns - 1);
            int t1 = k * (px / (ns << 1));
            double w1r = twxr[t1];
            double w1i = sg * twxi[t1];
            int i0 = (src * 2 + f) * plane + ky * px + a;
            int o0 = (dst * 2 + f) * plane + ky * px + ((a - k) << 1) + k;
            double x1r = re[i0 + qn] * w1r - im[i0 + qn] * w1i;
            double x1i = re[i0 + qn] * w1i + im[i0 + qn] * w1r;
            re[o0] = re[i0] + x1r;
            im[o0] = im[i0] + x1i;
            re[o0 + ns] = re[i0] - x1r;
            im[o0 + ns] = im[i0] - x1i;
        } else if (onMul0 == 1) {
            // FFT(B_x + i B_y) = (Kxx + Kyy)/2 A + ((Kxx - Kyy)/2 + i Kxy) conj Z0(-k)  (packing in the class doc)
            int p = g * px + a;
            int mp = ((py - g) & (py - 1)) * px + ((px - a) & (px - 1));
            int s0 = src * 2 * plane;
            int d0 = dst * 2 * plane;
            double ar = re[s0 + p];
            double ai = im[s0 + p];
            double cr = re[s0 + mp];
            double ci = -im[s0 + mp];
            re[d0 + p] = kA[p] * ar + kB[p] * cr - kXy[p] * ci;
            im[d0 + p] = kA[p] * ai + kB[p] * ci + kXy[p] * cr;
        } else if (onMul1 == 1) {
            int p = g * px + a;
            re[(dst * 2 + 1) * plane + p] = kZz[p] * re[(src * 2 + 1) * plane + p];
            im[(dst * 2 + 1) * plane + p] = kZz[p] * im[(src * 2 + 1) * plane + p];
        } else if (onMirror == 1) {
            // field 1 is real in x-y space: G(-ky, x) = conj G(ky, x) after the inverse x transform
            int ky = (py >> 1) + 1 + g;
            int base = (src * 2 + 1) * plane + a;
            re[base + ky * px] = re[base + (py - ky) * px];
            im[base + ky * px] = -im[base + (py - ky) * px];
        } else if (onZero == 1) {
            int f = g / py;
            int p = (dst * 2 + f) * plane + (g - f * py) * px + zeroFrom + a;
            re[p] = 0;
            im[p] = 0;
        } else if (onLoad == 1) {
            int i = a;
            if (i < n) {
                int p = (i / nx) * px + i % nx;
                re[p] = msCell[i] * mIn[i];
                im[p] = msCell[i] * mIn[n + i];
                re[plane + p] = msCell[i] * mIn[2 * n + i];
                im[plane + p] = 0;
            }
        } else if (onExtract == 1) {
            int i = a;
            if (i < n) {
                int p = src * 2 * plane + (i / nx) * px + i % nx;
                bOut[i] = scale * re[p];
                bOut[n + i] = scale * im[p];
                bOut[2 * n + i] = scale * re[plane + p];
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // host side: never called from run(); lines marked @host keep double in the generated float twin

    /** The tensor spectra (T per A/m), laid out ky px + kx; sent to the device at once on OpenCL. */
    @Override
    public void putTensor(double[] a, double[] b, double[] xy, double[] zz, double[] ms, RangeLauncher launcher) { // @host
        for (int p = 0; p < plane; p++) {
            kA[p] = (double) a[p];
            kB[p] = (double) b[p];
            kXy[p] = (double) xy[p];
            kZz[p] = (double) zz[p];
        }
        for (int i = 0; i < n; i++) {
            msCell[i] = (double) ms[i];
        }
        if (launcher.openCl()) {
            setExplicit(true);
            put(re).put(im).put(twxr).put(twxi).put(twyr).put(twyi).put(kA).put(kB).put(kXy).put(kZz).put(msCell);
        }
    }

    /**
     * @param m unit magnetization of the nx x ny film, structure of arrays (3 n)
     * @param b demag flux density out, T, same layout
     */
    @Override
    public void field(double[] m, double[] b, RangeLauncher launcher) { // @host
        for (int i = 0; i < 3 * n; i++) {
            mIn[i] = (double) m[i];
        }
        if (launcher.openCl()) {
            put(mIn);
        }
        int line = Math.min(256, Integer.highestOneBit(n));
        select(LOAD);
        launcher.launch(this, (n + line - 1) / line * line, 1, line);
        int region = yPass(0, 1, yColumns(), launcher);
        if (yColumns() < px) {
            select(ZERO);
            dst = region;
            zeroFrom = yColumns();
            launcher.launch(this, px - zeroFrom, 2 * py, local(px - zeroFrom));
        }
        region = xPass(region, 1, launcher);
        src = region;
        dst = next(region);
        select(MUL0);
        launcher.launch(this, px, py, local(px));
        select(MUL1);
        launcher.launch(this, px, py / 2 + 1, local(px));
        region = xPass(dst, -1, launcher);
        if (py / 2 - 1 > 0) {
            select(MIRROR);
            src = region;
            launcher.launch(this, px, py / 2 - 1, local(px));
        }
        region = yPass(region, -1, yColumns(), launcher);
        select(EXTRACT);
        src = region;
        launcher.launch(this, (n + line - 1) / line * line, 1, line);
        if (launcher.openCl()) {
            get(bOut);
        }
        for (int i = 0; i < 3 * n; i++) {
            b[i] = bOut[i];
        }
    }

    /**
     * Columns the y passes transform: nx rounded up to a multiple of min(256, px) (the input is zero beyond nx, and
     * only x < nx is wanted back); ZERO clears the others before the x pass reads them.
     */
    private int yColumns() { // @host
        int lx = Math.min(256, px);
        return Math.min(px, (nx + lx - 1) / lx * lx);
    }

    /** Work-group width: measured on PoCL, 1024-wide groups ran the y stages 1.2x faster than 256-wide. */
    private static int local(int gx, int cap) { // @host
        return Math.min(cap, Integer.lowestOneBit(gx));
    }

    private static int local(int gx) { // @host
        return local(gx, 256);
    }

    private void select(int p) { // @host
        phase = p;
        onLoad = p == LOAD ? 1 : 0;
        onY2 = p == Y2 ? 1 : 0;
        onY4 = p == Y4 ? 1 : 0;
        onX2 = p == X2 ? 1 : 0;
        onX4 = p == X4 ? 1 : 0;
        onMul0 = p == MUL0 ? 1 : 0;
        onMul1 = p == MUL1 ? 1 : 0;
        onMirror = p == MIRROR ? 1 : 0;
        onZero = p == ZERO ? 1 : 0;
        onExtract = p == EXTRACT ? 1 : 0;
    }

    private static int next(int region) { // @host
        return region == 1 ? 2 : 1;
    }

    /**
     * The stages of a length-2^log transform: radix 4, and one radix-2 stage when log is odd. Measured on PoCL
     * (2 cores, 512^2 film, fp32): radix-16 stages (a DFT16 as 4 x 4 in registers, 3 passes over the data instead
     * of 5 for 1024 points) took as long in all (33.9 against 34.3 ms per field): each radix-16 launch cost 1.7x a
     * radix-4 one (register spills at 8-wide vectors), so they are not used.
     */
    private static int[] radices(int log) { // @host
        int[] r = new int[log / 2 + log % 2];
        for (int s = 0; s < log / 2; s++) {
            r[s] = 4;
        }
        if (log % 2 == 1) {
            r[log / 2] = 2;
        }
        return r;
    }

    private int yPass(int from, int sign, int columns, RangeLauncher launcher) { // @host
        sg = sign;
        int region = from;
        ns = 1;
        for (int radix : radices(Integer.numberOfTrailingZeros(py))) {
            select(radix == 4 ? Y4 : Y2);
            region = stage(region, columns, 2 * (py / radix), 1024, launcher);
            ns *= radix;
        }
        return region;
    }

    private int xPass(int from, int sign, RangeLauncher launcher) { // @host
        sg = sign;
        int region = from;
        ns = 1;
        int rows = py + py / 2 + 1;
        for (int radix : radices(Integer.numberOfTrailingZeros(px))) {
            select(radix == 4 ? X4 : X2);
            region = stage(region, px / radix, rows, 256, launcher);
            ns *= radix;
        }
        return region;
    }

    private int stage(int from, int gx, int gy, int cap, RangeLauncher launcher) { // @host
        src = from;
        dst = next(from);
        launcher.launch(this, gx, gy, local(gx, cap));
        return dst;
    }

    @Override
    public Kernel aparapiKernel() { // @host
        return this;
    }

    @Override
    public int paddedX() { // @host
        return px;
    }

    @Override
    public int paddedY() { // @host
        return py;
    }
}
