package io.spinsim.physics.kernel;

import com.aparapi.Kernel;

/**
 * The fused LLG evaluation specialized for the common case, a uniform film: one z plane, one material covering
 * every cell, no anisotropy gradient, open (not periodic) edges. Every material constant and every drive is then
 * a kernel scalar instead of a per-region table gather, there is no region or neighbour-mask array, and the
 * Runge-Kutta coefficients are scalars too, so a launch transfers no buffer. Same phases, same physics, same
 * formulas as {@link LlgKernel64} (which runs everything else; {@link UniformFilm#eligible} decides):
 * exchange and interfacial DMI with the DMI boundary condition at the film edges (terms/ExchangeField.java,
 * terms/InterfacialDmiField.java; seed 000 eq.5-7), uniaxial anisotropy (seed 000 eq.5), Zeeman, FFT or local
 * thin-film demag, thermal field, and the LLG(S) torque in Landau-Lifshitz form (seed 000 eq.4, eq.8; seed 001
 * eq.3).
 * <p>
 * The last stage of a fixed-step method can also write the combined step ({@link #setFinalStage}): the torque of
 * that stage stays in registers and the COMBINE launch disappears (Heun: 2 launches per step instead of 3).
 * <p>
 * Plain-Java twin: {@link #runCells(int, int)} runs this very {@link #run()} over a range of cells on a clone;
 * {@code BackendAgreementTest} checks that both back ends agree. This file is the double-precision source; the build
 * writes {@code UniformFilmKernel32} from it as for LlgKernel64 (lines marked @host keep double).
 */
public final class UniformFilmKernel64 extends Kernel implements FusedKernel {

    static final double GAMMA = 1.7595e11;
    static final double MU0 = 1.2566370614359173e-6;

    int n;
    int nx;
    int ny;
    /** Cells of padding before and after each state slot's array: a row and one cell (neighbours at i -+ 1, nx). */
    int guard;

    int phase;
    int stage;
    int srcSlot;
    int dstSlot;
    int curSlot;
    int writeNext;
    /** 0 for a final stage: its torque is used only in this launch and never stored. */
    int storeTorque;
    int adaptive;
    int trackTorque;
    int precess;
    int demagMode;
    int thermalOn;

    /** 2A/dx^2, 2A/dy^2 (J/m^3), D/dx, D/dy (J/m^3), and the DMI boundary ghost factors dx D/(2A), dy D/(2A). */
    double cAx;
    double cAy;
    double cDx;
    double cDy;
    double ghostX;
    double ghostY;
    double ms;
    double invMs;
    double pre;
    double alpha;
    double kuTwoOverMs;
    double ux;
    double uy;
    double uz;
    double zx;
    double zy;
    double zz;
    double dlx;
    double dly;
    double dlz;
    double flx;
    double fly;
    double flz;

    /** STAGE: dt a[stage+1][stage] (or dt b[stage] for a final stage): weight of the torque of this launch. */
    double coefNow;
    /** Weights of the earlier stages (STAGE) or of all stages (COMBINE), and where their torques are. */
    double c0;
    double c1;
    double c2;
    double c3;
    double c4;
    double c5;
    double c6;
    int o0;
    int o1;
    int o2;
    int o3;
    int o4;
    int o5;
    int o6;
    double e0;
    double e1;
    double e2;
    double e3;
    double e4;
    double e5;
    double e6;

    final double[] s;
    final double[] k;
    final double[] err;
    final double[] energy;
    final double[] bDem;
    final double[] bTh;
    /**
     * Per cell, which film edges it touches: bits 0-3 for -x, +x, -y, +y (built once on the host: a contiguous load
     * per cell, where a division of the cell index by nx would not vectorize).
     */
    final int[] edge;

    private final double[] tableauA = new double[MAX_STAGES * MAX_STAGES]; // @host
    private final double[] tableauB = new double[MAX_STAGES]; // @host
    private final double[] tableauE = new double[MAX_STAGES]; // @host
    private int nStages;
    private final double cx; // @host
    private final double cy; // @host

    public UniformFilmKernel64(KernelShape shape) {
        if (shape.nz() != 1 || shape.pbcX() || shape.pbcY()) {
            throw new IllegalArgumentException("the uniform film kernel needs nz = 1 and open edges");
        }
        n = shape.cells();
        nx = shape.nx();
        ny = shape.ny();
        cx = shape.dx();
        cy = shape.dy();
        guard = nx + 1;
        s = new double[DeviceArrays.length(SLOTS * 3 * n + 2 * guard)];
        k = new double[DeviceArrays.length(MAX_STAGES * 3 * n)];
        err = new double[DeviceArrays.length(n)];
        energy = new double[DeviceArrays.length(ENERGY_TERMS * n)];
        bDem = new double[shape.demagArray() ? 3 * n : 3];
        bTh = new double[shape.thermalArray() ? 3 * n : 3];
        edge = new int[n];
        for (int i = 0; i < n; i++) {
            int ix = i % nx;
            int iy = i / nx;
            edge[i] = (ix == 0 ? 1 : 0) | (ix == nx - 1 ? 2 : 0) | (iy == 0 ? 4 : 0) | (iy == ny - 1 ? 8 : 0);
        }
        precess = 1;
    }

    @Override
    public void run() {
        int i = getGlobalId();
        if (i < n) {
            if (phase == COMBINE) {
                // s[dst] = normalize(s[cur] + sum_j (dt b_j) k_j), err = |sum_j (dt e_j) k_j|
                int cur = guard + curSlot * 3 * n;
                double vx = s[cur + i] + c0 * k[o0 + i] + c1 * k[o1 + i] + c2 * k[o2 + i] + c3 * k[o3 + i]
                        + c4 * k[o4 + i] + c5 * k[o5 + i] + c6 * k[o6 + i];
                double vy = s[cur + n + i] + c0 * k[o0 + n + i] + c1 * k[o1 + n + i] + c2 * k[o2 + n + i]
                        + c3 * k[o3 + n + i] + c4 * k[o4 + n + i] + c5 * k[o5 + n + i] + c6 * k[o6 + n + i];
                double vz = s[cur + 2 * n + i] + c0 * k[o0 + 2 * n + i] + c1 * k[o1 + 2 * n + i]
                        + c2 * k[o2 + 2 * n + i] + c3 * k[o3 + 2 * n + i] + c4 * k[o4 + 2 * n + i]
                        + c5 * k[o5 + 2 * n + i] + c6 * k[o6 + 2 * n + i];
                double inv = 1.0 / sqrt(vx * vx + vy * vy + vz * vz);
                int dst = guard + dstSlot * 3 * n;
                s[dst + i] = vx * inv;
                s[dst + n + i] = vy * inv;
                s[dst + 2 * n + i] = vz * inv;
                if (adaptive == 1) {
                    double wx = e0 * k[o0 + i] + e1 * k[o1 + i] + e2 * k[o2 + i] + e3 * k[o3 + i]
                            + e4 * k[o4 + i] + e5 * k[o5 + i] + e6 * k[o6 + i];
                    double wy = e0 * k[o0 + n + i] + e1 * k[o1 + n + i] + e2 * k[o2 + n + i] + e3 * k[o3 + n + i]
                            + e4 * k[o4 + n + i] + e5 * k[o5 + n + i] + e6 * k[o6 + n + i];
                    double wz = e0 * k[o0 + 2 * n + i] + e1 * k[o1 + 2 * n + i] + e2 * k[o2 + 2 * n + i]
                            + e3 * k[o3 + 2 * n + i] + e4 * k[o4 + 2 * n + i] + e5 * k[o5 + 2 * n + i]
                            + e6 * k[o6 + 2 * n + i];
                    err[i] = sqrt(wx * wx + wy * wy + wz * wz);
                }
            } else {
                int src = guard + srcSlot * 3 * n;
                double mx = s[src + i];
                double my = s[src + n + i];
                double mz = s[src + 2 * n + i];
                int edges = edge[i];
                // the four neighbours, always loaded (contiguous; the guard keeps edge cells in bounds), replaced at
                // an open edge by the ghost of the DMI boundary condition 2A dm/dn = D (-n_x m_z, -n_y m_z, n . m)
                double wx = s[src + i - 1];
                double wy = s[src + n + i - 1];
                double wz = s[src + 2 * n + i - 1];
                double ex = s[src + i + 1];
                double ey = s[src + n + i + 1];
                double ez = s[src + 2 * n + i + 1];
                double sx = s[src + i - nx];
                double sy = s[src + n + i - nx];
                double sz = s[src + 2 * n + i - nx];
                double nx1 = s[src + i + nx];
                double ny1 = s[src + n + i + nx];
                double nz1 = s[src + 2 * n + i + nx];
                // blended, not selected: a select lets the compiler sink the neighbour loads into a branch, which
                // PoCL does not vectorize; the weights are exactly 0 or 1, so the result is the same
                double inW = (double) (1 - (edges & 1));
                double inE = (double) (1 - ((edges >> 1) & 1));
                double inS = (double) (1 - ((edges >> 2) & 1));
                double inN = (double) (1 - ((edges >> 3) & 1));
                wx = inW * wx + (1.0 - inW) * (mx + ghostX * mz);
                wy = inW * wy + (1.0 - inW) * my;
                wz = inW * wz + (1.0 - inW) * (mz - ghostX * mx);
                ex = inE * ex + (1.0 - inE) * (mx - ghostX * mz);
                ey = inE * ey + (1.0 - inE) * my;
                ez = inE * ez + (1.0 - inE) * (mz + ghostX * mx);
                sx = inS * sx + (1.0 - inS) * mx;
                sy = inS * sy + (1.0 - inS) * (my + ghostY * mz);
                sz = inS * sz + (1.0 - inS) * (mz - ghostY * my);
                nx1 = inN * nx1 + (1.0 - inN) * mx;
                ny1 = inN * ny1 + (1.0 - inN) * (my - ghostY * mz);
                nz1 = inN * nz1 + (1.0 - inN) * (mz + ghostY * my);

                // exchange and interfacial DMI, J/m^3 (seed 000 eq.5-7)
                double hx = cAx * (wx + ex - 2.0 * mx) + cAy * (sx + nx1 - 2.0 * mx);
                double hy = cAx * (wy + ey - 2.0 * my) + cAy * (sy + ny1 - 2.0 * my);
                double hz = cAx * (wz + ez - 2.0 * mz) + cAy * (sz + nz1 - 2.0 * mz);
                double dmx = cDx * (ez - wz);
                double dmy = cDy * (nz1 - sz);
                double dmz = cDx * (wx - ex) + cDy * (sy - ny1);

                // uniaxial anisotropy 2 Ku (u.m) u / Ms (seed 000 eq.5), Zeeman, demag (host FFT or local thin film)
                double mu = mx * ux + my * uy + mz * uz;
                double ka = kuTwoOverMs * mu;
                double gx = 0.0;
                double gy = 0.0;
                double gz = 0.0;
                if (demagMode == 1) {
                    gx = bDem[i];
                    gy = bDem[n + i];
                    gz = bDem[2 * n + i];
                }
                if (demagMode == 2) {
                    gz = -MU0 * ms * mz;
                }

                if (phase == ENERGY) {
                    energy[i] = -0.5 * (mx * hx + my * hy + mz * hz);
                    energy[n + i] = -0.5 * (mx * dmx + my * dmy + mz * dmz);
                    energy[2 * n + i] = -0.5 * ms * ka * mu;
                    energy[3 * n + i] = -ms * (mx * zx + my * zy + mz * zz);
                    energy[4 * n + i] = -0.5 * ms * (mx * gx + my * gy + mz * gz);
                    energy[5 * n + i] = 0.0;
                } else {
                    double bx = (hx + dmx) * invMs + ka * ux + zx + gx;
                    double by = (hy + dmy) * invMs + ka * uy + zy + gy;
                    double bz = (hz + dmz) * invMs + ka * uz + zz + gz;
                    if (thermalOn == 1) {
                        bx += bTh[i];
                        by += bTh[n + i];
                        bz += bTh[2 * n + i];
                    }

                    // LLG(S), Landau-Lifshitz form, as in LlgKernel64 (seed 000 eq.4, eq.8; seed 001 eq.3)
                    double p = (double) precess;
                    double q = 1.0 - p;
                    double b1x = p * (bx + flx - alpha * dlx);
                    double b1y = p * (by + fly - alpha * dly);
                    double b1z = p * (bz + flz - alpha * dlz);
                    double b2x = p * (alpha * bx + dlx + alpha * flx) + q * bx;
                    double b2y = p * (alpha * by + dly + alpha * fly) + q * by;
                    double b2z = p * (alpha * bz + dlz + alpha * flz) + q * bz;
                    double m2 = mx * mx + my * my + mz * mz;
                    double mb = mx * b2x + my * b2y + mz * b2z;
                    double pr = p * pre - q * GAMMA;
                    double tx = pr * ((my * b1z - mz * b1y) + mx * mb - b2x * m2);
                    double ty = pr * ((mz * b1x - mx * b1z) + my * mb - b2y * m2);
                    double tz = pr * ((mx * b1y - my * b1x) + mz * mb - b2z * m2);
                    if (storeTorque == 1) {
                        int kb = stage * 3 * n;
                        k[kb + i] = tx;
                        k[kb + n + i] = ty;
                        k[kb + 2 * n + i] = tz;
                    }
                    if (trackTorque == 1) {
                        err[i] = sqrt(tx * tx + ty * ty + tz * tz);
                    }
                    if (writeNext == 1) {
                        // next stage state (or, for a final stage, the step): s[cur] + sum_l c_l k_l + coefNow tau
                        int cur = guard + curSlot * 3 * n;
                        double vx = s[cur + i] + coefNow * tx + c0 * k[o0 + i] + c1 * k[o1 + i]
                                + c2 * k[o2 + i] + c3 * k[o3 + i] + c4 * k[o4 + i] + c5 * k[o5 + i];
                        double vy = s[cur + n + i] + coefNow * ty + c0 * k[o0 + n + i] + c1 * k[o1 + n + i]
                                + c2 * k[o2 + n + i] + c3 * k[o3 + n + i] + c4 * k[o4 + n + i] + c5 * k[o5 + n + i];
                        double vz = s[cur + 2 * n + i] + coefNow * tz + c0 * k[o0 + 2 * n + i]
                                + c1 * k[o1 + 2 * n + i] + c2 * k[o2 + 2 * n + i] + c3 * k[o3 + 2 * n + i]
                                + c4 * k[o4 + 2 * n + i] + c5 * k[o5 + 2 * n + i];
                        double inv = 1.0 / sqrt(vx * vx + vy * vy + vz * vz);
                        int dst = guard + dstSlot * 3 * n;
                        s[dst + i] = vx * inv;
                        s[dst + n + i] = vy * inv;
                        s[dst + 2 * n + i] = vz * inv;
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // host side: never called from run(); lines marked @host keep double in the generated float twin

    /** The plain-Java twin: run() over cells [from, to) on a clone that carries its own global id. */
    @Override
    public void runCells(int from, int to) {
        Kernel worker = clone();
        KernelState state = worker.getKernelState();
        for (int i = from; i < to; i++) {
            state.setGlobalId(0, i);
            worker.run();
        }
    }

    @Override
    public int cells() {
        return n;
    }

    @Override
    public Kernel aparapiKernel() {
        return this;
    }

    @Override
    public boolean doublePrecision() {
        return ((Object) s) instanceof double[]; // @host
    }

    @Override
    public void putRegions(int[] regionOfCell, int[] zModes, FusedKernel.Tables tables) {
        int nr = tables.ms().length;
        for (int i = 0; i < n; i++) {
            if (regionOfCell[i] != 1) {
                throw new IllegalArgumentException("the uniform film kernel needs region 1 in every cell");
            }
        }
        double a = tables.aLut()[nr + 1]; // @host
        double d = tables.dLut()[nr + 1]; // @host
        double m = tables.ms()[1]; // @host
        double al = tables.alpha()[1]; // @host
        cAx = (double) (2 * a / (cx * cx));
        cAy = (double) (2 * a / (cy * cy));
        cDx = (double) (d / cx);
        cDy = (double) (d / cy);
        ghostX = (double) (a > 0 ? cx * d / (2 * a) : 0);
        ghostY = (double) (a > 0 ? cy * d / (2 * a) : 0);
        ms = (double) m;
        invMs = (double) (1 / m);
        alpha = (double) al;
        pre = (double) (-GAMMA / (1 + al * al));
        kuTwoOverMs = (double) (2 * tables.ku()[1] / m);
        ux = (double) tables.axis()[3];
        uy = (double) tables.axis()[4];
        uz = (double) tables.axis()[5];
        if (isExplicit()) {
            put(edge);
        }
    }

    @Override
    public void putDrives(
            double[] bExt, // @host
            double[] pDl, // @host
            double[] pFl) { // @host
        zx = (double) bExt[3];
        zy = (double) bExt[4];
        zz = (double) bExt[5];
        dlx = (double) pDl[3];
        dly = (double) pDl[4];
        dlz = (double) pDl[5];
        flx = (double) pFl[3];
        fly = (double) pFl[4];
        flz = (double) pFl[5];
    }

    @Override
    public void putTableau(
            double[] a, // @host
            double[] b, // @host
            double[] e, // @host
            int stages, boolean withError) {
        System.arraycopy(a, 0, tableauA, 0, MAX_STAGES * MAX_STAGES);
        System.arraycopy(b, 0, tableauB, 0, MAX_STAGES);
        System.arraycopy(e, 0, tableauE, 0, MAX_STAGES);
        nStages = stages;
        adaptive = withError ? 1 : 0;
    }

    @Override
    public void putState(int slot, double[] m) { // @host
        for (int i = 0; i < 3 * n; i++) {
            s[guard + slot * 3 * n + i] = (double) m[i];
        }
        if (isExplicit()) {
            put(s);
        }
    }

    @Override
    public void getState(int slot, double[] m) { // @host
        if (isExplicit()) {
            get(s);
        }
        for (int i = 0; i < 3 * n; i++) {
            m[i] = s[guard + slot * 3 * n + i];
        }
    }

    @Override
    public void putDemagField(double[] b) { // @host
        for (int i = 0; i < b.length; i++) {
            bDem[i] = (double) b[i];
        }
        if (isExplicit()) {
            put(bDem);
        }
    }

    @Override
    public void putThermalField(double[] b) { // @host
        for (int i = 0; i < b.length; i++) {
            bTh[i] = (double) b[i];
        }
        if (isExplicit()) {
            put(bTh);
        }
    }

    @Override
    public void getEnergyDensities(double[] out) { // @host
        if (isExplicit()) {
            get(energy);
        }
        for (int i = 0; i < ENERGY_TERMS * n; i++) {
            out[i] = energy[i];
        }
    }

    @Override
    public void getStageTorque(int stageIndex, double[] out) { // @host
        if (isExplicit()) {
            get(k);
        }
        for (int i = 0; i < 3 * n; i++) {
            out[i] = k[stageIndex * 3 * n + i];
        }
    }

    @Override
    public double maxError() { // @host
        if (isExplicit()) {
            get(err);
        }
        double max = 0; // @host
        for (int i = 0; i < n; i++) {
            max = Math.max(max, err[i]);
        }
        return max;
    }

    @Override
    public void setStage(int stageIndex, int src, int dst, int cur,
            double step) { // @host
        int row = Math.min(stageIndex + 1, MAX_STAGES - 1);
        stageLaunch(stageIndex, src, dst, cur, step, tableauA, row * MAX_STAGES, stageIndex + 1 < nStages);
    }

    @Override
    public void setFinalStage(int stageIndex, int src, int dst, int cur,
            double step) { // @host
        stageLaunch(stageIndex, src, dst, cur, step, tableauB, 0, true);
    }

    /**
     * Weights w[at + l] dt of the stages l < stage (torques at l 3 n), and of this stage's own torque. Unused terms
     * read the torque array of the last stage, which this launch does not write: a read of the stage being written
     * makes the compiler's run-time overlap check fail and PoCL then runs the scalar loop (measured 5x slower).
     */
    private void stageLaunch(int stageIndex, int src, int dst, int cur,
            double step, // @host
            double[] w, // @host
            int at, boolean next) {
        phase = STAGE;
        stage = stageIndex;
        srcSlot = src;
        dstSlot = dst;
        curSlot = cur;
        writeNext = next ? 1 : 0;
        storeTorque = w == tableauB ? 0 : 1;
        double[] c = new double[MAX_STAGES]; // @host
        int[] o = new int[MAX_STAGES];
        for (int l = 0; l < MAX_STAGES; l++) {
            c[l] = l < stageIndex ? step * w[at + l] : 0;
            o[l] = (l < stageIndex ? l : UNUSED_STAGE) * 3 * n;
        }
        coefNow = (double) (step * w[at + stageIndex]);
        weights(c, o, new double[MAX_STAGES]); // @host
    }

    @Override
    public void setCombine(int dst, int cur,
            double step) { // @host
        phase = COMBINE;
        dstSlot = dst;
        curSlot = cur;
        double[] c = new double[MAX_STAGES]; // @host
        double[] e = new double[MAX_STAGES]; // @host
        int[] o = new int[MAX_STAGES];
        for (int l = 0; l < nStages; l++) {
            c[l] = step * tableauB[l];
            e[l] = adaptive == 1 ? step * tableauE[l] : 0;
            o[l] = l * 3 * n;
        }
        weights(c, o, e);
    }

    private void weights(
            double[] c, // @host
            int[] o,
            double[] e) { // @host
        c0 = (double) c[0];
        c1 = (double) c[1];
        c2 = (double) c[2];
        c3 = (double) c[3];
        c4 = (double) c[4];
        c5 = (double) c[5];
        c6 = (double) c[6];
        o0 = o[0];
        o1 = o[1];
        o2 = o[2];
        o3 = o[3];
        o4 = o[4];
        o5 = o[5];
        o6 = o[6];
        e0 = (double) e[0];
        e1 = (double) e[1];
        e2 = (double) e[2];
        e3 = (double) e[3];
        e4 = (double) e[4];
        e5 = (double) e[5];
        e6 = (double) e[6];
    }

    @Override
    public void setEnergy(int src) {
        phase = ENERGY;
        srcSlot = src;
    }

    @Override
    public void setModes(int demag, boolean thermal, boolean precession, boolean torqueTracking) {
        demagMode = demag;
        thermalOn = thermal ? 1 : 0;
        precess = precession ? 1 : 0;
        trackTorque = torqueTracking ? 1 : 0;
    }
}
