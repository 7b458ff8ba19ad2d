package io.spinsim.physics.kernel;

import com.aparapi.Kernel;

/**
 * The fused LLG evaluation specialized for the common case: a uniform film (one z plane, one material covering
 * every cell, no anisotropy gradient, open edges) integrated with a fixed-step method whose stages use only the
 * previous stage (Heun, RK4). Every material constant, drive and Runge-Kutta weight is a kernel scalar (no region
 * table gathers, no neighbour tables, no buffer transfer per launch). Same physics and formulas as
 * {@link LlgKernel64}, which runs everything else ({@code engine.KernelChoice} decides): exchange and interfacial
 * DMI with the DMI boundary condition at the film edges (terms/ExchangeField.java, terms/InterfacialDmiField.java;
 * seed 000 eq.5-7), uniaxial anisotropy (seed 000 eq.5), Zeeman, FFT or local thin-film demag, thermal field, and
 * the LLG(S) torque in Landau-Lifshitz form (seed 000 eq.4, eq.8; seed 001 eq.3).
 * <p>
 * The step is built in an accumulator, y + dt sum_l b_l k_l, updated by every stage launch, and the last stage
 * writes the normalized step itself, so that a launch reads one stored triplet however many stages the method has
 * (Heun: 2 launches per step; RK4: 4).
 * <p>
 * Plain-Java twin: {@link #runCells(int, int)} runs this very {@link #run()} over a range of cells on a clone;
 * {@code UniformFilmKernelTest} checks both back ends against each other and against the general kernel. This file
 * is the double-precision source; the build writes {@code UniformFilmKernel32} from it as for LlgKernel64 (lines
 * marked @host keep double).
 */
public final class UniformFilmKernel64 extends Kernel implements FusedKernel {

    static final double GAMMA = 1.7595e11;
    static final double MU0 = 1.2566370614359173e-6;
    /** Slots of k: accumulators 0 and 1, scratch 2. */
    static final int K_SLOTS = 3;
    static final int K_SCRATCH = 2;
    /** The state array's scratch slot, after the SLOTS state slots. */
    static final int S_SCRATCH = SLOTS;

    int n;
    int nx;
    int ny;
    /** Cells of padding before and after each state slot's array: a row and one cell (neighbours at i -+ 1, nx). */
    int guard;

    /** Where this launch's two output triplets go: torque slot of k (A), state slot of s (B); see {@link #run()}. */
    int aOut;
    int bOut;
    int srcSlot;
    int curSlot;
    int precess;

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
    /** 1 when the host field array (FFT demag plus thermal field) is on; its y and z offsets are 0 when it is off. */
    double wHost;
    int hostY;
    int hostZ;
    /** 1 for the local thin-film demag B = -mu0 Ms m_z z. */
    double wLocal;

    /**
     * The two linear combinations a launch writes, of its torque tau, the state y at {@code curSlot} and the stored
     * triplet kt at {@code o0} of k: B = normalize(wCur y + coefNow tau + c0 kt), A = aTorque tau + aCur y + aTerm kt.
     */
    double wCur;
    double coefNow;
    double c0;
    int o0;
    double aTorque;
    double aCur;
    double aTerm;
    /** 1 when A and B hold the energy densities instead (ENERGY launch): A exchange, DMI, anisotropy; B Zeeman, demag. */
    double aEnergy;
    double bState;
    double bEnergy;

    /** States: SLOTS state slots and a scratch slot (energy densities, outputs nobody reads), each 3 n. */
    final double[] s;
    /** Two Runge-Kutta accumulators (ping-pong) and a scratch slot (energy densities, unread outputs), each 3 n. */
    final double[] k;
    /** FFT demag plus thermal field, T, summed on the host (3 n). */
    final double[] bHost;
    /**
     * Per cell, which film edges it touches: bits 0-3 for -x, +x, -y, +y (built once on the host: a contiguous load
     * per cell, where a division of the cell index by nx would not vectorize).
     */
    final int[] edge;

    /** a[j + 1][j] and b[j] of the tableau (a diagonal one: no other a entry). */
    private final double[] subdiagonal = new double[MAX_STAGES]; // @host
    private final double[] weights = new double[MAX_STAGES]; // @host
    private int demagMode;
    private boolean thermalOn;
    private boolean trackTorque;
    /** Whether k's slot 0 holds the torque of a tracked stage 0 (what maxError and getStageTorque read). */
    private boolean torqueStored;
    /** Whether bHost holds the thermal field now (it does not during an ENERGY launch). */
    private boolean hostHoldsThermal;
    private final double[] demagHost; // @host
    private final double[] thermalHost; // @host
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
        s = new double[DeviceArrays.length((SLOTS + 1) * 3 * n + 2 * guard)];
        k = new double[DeviceArrays.length(K_SLOTS * 3 * n)];
        bHost = new double[3 * n];
        demagHost = new double[shape.demagArray() ? 3 * n : 0]; // @host
        thermalHost = new double[shape.thermalArray() ? 3 * n : 0]; // @host
        edge = new int[n];
        for (int i = 0; i < n; i++) {
            int ix = i % nx;
            int iy = i / nx;
            edge[i] = (ix == 0 ? 1 : 0) | (ix == nx - 1 ? 2 : 0) | (iy == 0 ? 4 : 0) | (iy == ny - 1 ? 8 : 0);
        }
        precess = 1;
    }

    /**
     * One body for every launch, with no branch: PoCL's CPU compiler turns each memory access under a branch (even
     * on a kernel scalar, and the bounds check) into a masked load or store, and on the CPUs measured here those
     * cost more than the rest of the cell's arithmetic. Every launch computes the torque tau and the energy
     * densities of the cell at {@code srcSlot} and writes two triplets, chosen by 0/1 weights: A into k at
     * {@code aOut} (the accumulator, the torque of a tracked stage 0, or the exchange, DMI and anisotropy densities)
     * and B into s at {@code bOut} (the normalized state, or the Zeeman and demag densities). A load that a launch
     * does not need reads memory that it reads anyway (the host field's y and z when that field is off) or one
     * triplet it does not write. There is no bounds check: the launch covers exactly n cells ({@link #exactRange()}).
     * Every value within a row of a slot must stay finite, since an edge cell multiplies its missing neighbour,
     * read from there, by 0.
     */
    @Override
    public void run() {
        int i = getGlobalId();
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

        // uniaxial anisotropy 2 Ku (u.m) u / Ms (seed 000 eq.5); host field (FFT demag + thermal); local thin-film
        // demag -mu0 Ms m_z z (README: demag.mode)
        double mu = mx * ux + my * uy + mz * uz;
        double ka = kuTwoOverMs * mu;
        double gx = wHost * bHost[i];
        double gy = wHost * bHost[hostY + i];
        double gz = wHost * bHost[hostZ + i] - wLocal * MU0 * ms * mz;
        double bx = (hx + dmx) * invMs + ka * ux + zx + gx;
        double by = (hy + dmy) * invMs + ka * uy + zy + gy;
        double bz = (hz + dmz) * invMs + ka * uz + zz + gz;

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

        // the two combinations (see the fields wCur .. aTerm)
        int cur = guard + curSlot * 3 * n;
        double yx = s[cur + i];
        double yy = s[cur + n + i];
        double yz = s[cur + 2 * n + i];
        double kx = k[o0 + i];
        double ky = k[o0 + n + i];
        double kz = k[o0 + 2 * n + i];
        double vx = wCur * yx + coefNow * tx + c0 * kx;
        double vy = wCur * yy + coefNow * ty + c0 * ky;
        double vz = wCur * yz + coefNow * tz + c0 * kz;
        double inv = 1.0 / sqrt(vx * vx + vy * vy + vz * vz);

        // energy densities, J/m^3: exchange, DMI, anisotropy, Zeeman, demag (the host field holds demag only then)
        double eEx = -0.5 * (mx * hx + my * hy + mz * hz);
        double eDmi = -0.5 * (mx * dmx + my * dmy + mz * dmz);
        double eAni = -0.5 * ms * ka * mu;
        double eZee = -ms * (mx * zx + my * zy + mz * zz);
        double eDem = -0.5 * ms * (mx * gx + my * gy + mz * gz);

        k[aOut + i] = aTorque * tx + aCur * yx + aTerm * kx + aEnergy * eEx;
        k[aOut + n + i] = aTorque * ty + aCur * yy + aTerm * ky + aEnergy * eDmi;
        k[aOut + 2 * n + i] = aTorque * tz + aCur * yz + aTerm * kz + aEnergy * eAni;
        s[bOut + i] = bState * vx * inv + bEnergy * eZee;
        s[bOut + n + i] = bState * vy * inv + bEnergy * eDem;
        s[bOut + 2 * n + i] = bState * vz * inv;
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
            put(k);
            put(bHost);
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

    /**
     * Only methods without error estimate whose stage states need the previous stage's torque alone (a[j][l] = 0
     * unless l = j - 1: Heun, RK4): the step is then built in an accumulator, y + dt sum_l b_l k_l, so that a launch
     * reads one stored triplet instead of one per earlier stage, which on PoCL cost more than the rest of the cell's
     * work. Other tableaux run on {@link LlgKernel64} ({@code engine.KernelChoice}).
     */
    @Override
    public void putTableau(
            double[] a, // @host
            double[] b, // @host
            double[] e, // @host
            int stages, boolean withError) {
        if (!diagonal(a, stages) || withError) {
            throw new IllegalArgumentException("the uniform film kernel runs fixed-step methods whose stages use "
                    + "only the previous stage (Heun, RK4), not this tableau");
        }
        for (int j = 0; j < MAX_STAGES; j++) {
            subdiagonal[j] = j + 1 < stages ? a[(j + 1) * MAX_STAGES + j] : 0;
            weights[j] = j < stages ? b[j] : 0;
        }
    }

    /** True when the tableau's a (row-major MAX_STAGES^2) has no entry off the first subdiagonal. */
    public static boolean diagonal(
            double[] a, // @host
            int stages) {
        for (int j = 0; j < stages; j++) {
            for (int l = 0; l < stages; l++) {
                if (l != j - 1 && a[j * MAX_STAGES + l] != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** No bounds check in run(): a launch must cover exactly {@link #cells()} work items. */
    @Override
    public boolean exactRange() {
        return true;
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
        System.arraycopy(b, 0, demagHost, 0, 3 * n);
        putHostField(thermalOn);
    }

    @Override
    public void putThermalField(double[] b) { // @host
        System.arraycopy(b, 0, thermalHost, 0, 3 * n);
        putHostField(true);
    }

    /** Whether the host field carries an FFT demag field in this demag mode (the kernel holds its array). */
    private boolean fftDemag(int mode) {
        return mode == DEMAG_FFT && demagHost.length > 0;
    }

    /** Whether the host field carries the thermal field when it is asked for (the kernel holds its array). */
    private boolean thermalField(boolean asked) {
        return asked && thermalHost.length > 0;
    }

    /** The host field array: the FFT demag field, plus the thermal field where asked. */
    private void putHostField(boolean withThermal) {
        boolean demag = fftDemag(demagMode);
        boolean thermal = thermalField(withThermal);
        for (int i = 0; i < 3 * n; i++) {
            double b = (demag ? demagHost[i] : 0) + (thermal ? thermalHost[i] : 0); // @host
            bHost[i] = (double) b;
        }
        hostHoldsThermal = thermal;
        if (isExplicit()) {
            put(bHost);
        }
    }

    @Override
    public void getEnergyDensities(double[] out) { // @host
        if (isExplicit()) {
            get(k);
            get(s);
        }
        int a = K_SCRATCH * 3 * n;
        int b = guard + S_SCRATCH * 3 * n;
        for (int i = 0; i < 3 * n; i++) {
            out[i] = k[a + i];
        }
        for (int i = 0; i < 2 * n; i++) {
            out[3 * n + i] = s[b + i];
        }
        for (int i = 5 * n; i < ENERGY_TERMS * n; i++) {
            out[i] = 0;
        }
    }

    /** Only the torque of a stage 0 evaluated in torque-tracking (relaxation) mode is stored. */
    @Override
    public void getStageTorque(int stageIndex, double[] out) { // @host
        if (stageIndex != 0 || !torqueStored) {
            throw new IllegalStateException("the uniform film kernel stores the torque of a tracked stage 0 only");
        }
        if (isExplicit()) {
            get(k);
        }
        for (int i = 0; i < 3 * n; i++) {
            out[i] = k[i];
        }
    }

    /** Largest |torque| of the last tracked stage 0 (rad/s); this kernel runs no error-estimating method. */
    @Override
    public double maxError() { // @host
        if (!torqueStored) {
            throw new IllegalStateException("no tracked stage 0 ran: the uniform film kernel has no error estimate");
        }
        if (isExplicit()) {
            get(k);
        }
        double max = 0; // @host
        for (int i = 0; i < n; i++) {
            double x = k[i]; // @host
            double y = k[n + i]; // @host
            double z = k[2 * n + i]; // @host
            max = Math.max(max, Math.sqrt(x * x + y * y + z * z));
        }
        return max;
    }

    /**
     * Stage j at src: the next stage state normalize(y + dt a[j+1][j] tau) into dst, and the accumulator
     * (j = 0: y; else the previous accumulator) + dt b_j tau into accumulator j mod 2. Tracked (relaxation) stage 0:
     * the torque itself into slot 0.
     */
    @Override
    public void setStage(int stageIndex, int src, int dst, int cur,
            double step) { // @host
        boolean tracked = trackTorque && stageIndex == 0;
        int previous = (stageIndex + 1) % 2;
        launch(src, cur, stageIndex % 2, dst, stageIndex == 0 ? K_SCRATCH : previous, false);
        wCur = 1;
        coefNow = (double) (step * subdiagonal[stageIndex]);
        aTorque = (double) (tracked ? 1 : step * weights[stageIndex]);
        aCur = tracked || stageIndex > 0 ? 0 : 1;
        aTerm = stageIndex > 0 ? 1 : 0;
        bState = 1;
        torqueStored = tracked;
    }

    /** The last stage: normalize(accumulator + dt b_last tau) into dst (one stage: y + dt b_0 tau). */
    @Override
    public void setFinalStage(int stageIndex, int src, int dst, int cur,
            double step) { // @host
        boolean first = stageIndex == 0;
        // the state y is read only by a one-stage method; otherwise cur points at src, which is read anyway
        launch(src, first ? cur : src, K_SCRATCH, dst, first ? K_SCRATCH - 1 : (stageIndex + 1) % 2, false);
        wCur = first ? 1 : 0;
        coefNow = (double) (step * weights[stageIndex]);
        c0 = first ? 0 : 1;
        bState = 1;
        torqueStored = false;
    }

    @Override
    public void setCombine(int dst, int cur,
            double step) { // @host
        throw new UnsupportedOperationException("the uniform film kernel runs methods without error estimate only");
    }

    @Override
    public void setEnergy(int src) {
        launch(src, src, K_SCRATCH, S_SCRATCH, K_SCRATCH - 1, true);
        wCur = 1; // B's unused state part stays finite: 0 x normalize(m), not 0 x 1/0
        aEnergy = 1;
        bEnergy = 1;
    }

    /**
     * Slots of a launch, with every weight cleared. {@code term} is the k slot read as the stored triplet: where a
     * launch needs none it is one the launch does not write (a read of the slot being written makes the compiler's
     * run-time overlap check fail, and PoCL then runs the scalar loop).
     */
    private void launch(int src, int cur, int torqueSlot, int stateSlot, int term, boolean energy) {
        // the host field holds the thermal field for the torque, not for the energies
        boolean thermal = thermalField(thermalOn) && !energy;
        if (thermal != hostHoldsThermal) {
            putHostField(thermal);
        }
        srcSlot = src;
        curSlot = cur;
        aOut = torqueSlot * 3 * n;
        bOut = guard + stateSlot * 3 * n;
        o0 = term * 3 * n;
        wCur = 0;
        coefNow = 0;
        c0 = 0;
        aTorque = 0;
        aCur = 0;
        aTerm = 0;
        aEnergy = 0;
        bState = 0;
        bEnergy = 0;
    }

    @Override
    public void setModes(int demag, boolean thermal, boolean precession, boolean torqueTracking) {
        boolean demagChanged = demag != demagMode;
        demagMode = demag;
        thermalOn = thermal;
        precess = precession ? 1 : 0;
        trackTorque = torqueTracking;
        boolean host = fftDemag(demag) || thermalField(thermal);
        wHost = host ? 1 : 0;
        hostY = host ? n : 0;
        hostZ = host ? 2 * n : 0;
        wLocal = demag == DEMAG_LOCAL_THIN_FILM ? 1 : 0;
        if (demagChanged) {
            putHostField(hostHoldsThermal); // the next launch adds or removes the thermal field as it needs
        }
    }
}
