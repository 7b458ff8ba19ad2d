package io.spinsim.physics.kernel;

import com.aparapi.Kernel;

/**
 * The fused LLG evaluation specialized for the common case: a film of one material (one z plane, open edges, every
 * magnetic cell of the same material, no anisotropy gradient; vacuum cells allowed, so a device's outline too)
 * integrated with a fixed-step method whose stages use only the previous stage (Heun, RK4). Every material
 * constant and Runge-Kutta weight is a kernel scalar; only the drives (applied field, spin torques) differ per
 * region, read from three small tables by the cell's region. Same physics and formulas as
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
    static final int MAGNETIC_BIT = 16;
    static final int REGION_SHIFT = 5;
    /**
     * false here: every magnetic cell lies in one region, whose drives are kernel scalars. The build writes
     * {@code RegionFilmKernel64} (and its fp32 twin) from this file with true: drives read from per-region tables.
     * A compile-time constant, so javac leaves only one of the two paths in each class (Aparapi sees no branch);
     * the table reads are gathers, measured at 20-30% of this kernel's rate on a uniform film.
     */
    static final boolean DRIVES_PER_REGION = false;

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
    /** The drives of the film's one region (DRIVES_PER_REGION false): applied field, damping-like and field-like
     *  spin torque, T. */
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
     * Per cell (built on the host: a contiguous load per cell, where a division of the cell index by nx would not
     * vectorize): bits 0-3 set where the neighbour at -x, +x, -y, +y is missing (outside the grid or vacuum), bit 4
     * set for a magnetic cell, and the cell's region from bit {@link #REGION_SHIFT} on.
     */
    final int[] cell;
    /**
     * Per region r, read only where DRIVES_PER_REGION: applied field at 9r, damping-like spin torque at 9r + 3 and
     * field-like at 9r + 6, T (0 in vacuum); one array, so one transfer when the drives change.
     */
    final double[] drive;

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
    /**
     * The last demag field went into the host field array alone (single precision, no thermal field added) and
     * demagHost has not been updated from it yet: putHostField does that before it rebuilds the array.
     */
    private boolean demagOnlyInHostField;
    private final double[] demagHost; // @host
    private final double[] thermalHost; // @host
    /** The region whose drives the scalars hold (the one region of the magnetic cells, where there is one). */
    private int driveRegion;
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
        cell = new int[n];
        drive = new double[9 * shape.regions()];
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
        int bits = cell[i];
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
        double inW = (double) (1 - (bits & 1));
        double inE = (double) (1 - ((bits >> 1) & 1));
        double inS = (double) (1 - ((bits >> 2) & 1));
        double inN = (double) (1 - ((bits >> 3) & 1));
        // the drives: of the film's one region, or of the cell's region (vacuum, m = 0, gets no torque anyway)
        double bzx = zx;
        double bzy = zy;
        double bzz = zz;
        double pdx = dlx;
        double pdy = dly;
        double pdz = dlz;
        double pfx = flx;
        double pfy = fly;
        double pfz = flz;
        if (DRIVES_PER_REGION) {
            int r9 = 9 * (bits >> REGION_SHIFT);
            bzx = drive[r9];
            bzy = drive[r9 + 1];
            bzz = drive[r9 + 2];
            pdx = drive[r9 + 3];
            pdy = drive[r9 + 4];
            pdz = drive[r9 + 5];
            pfx = drive[r9 + 6];
            pfy = drive[r9 + 7];
            pfz = drive[r9 + 8];
        }
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
        double bx = (hx + dmx) * invMs + ka * ux + bzx + gx;
        double by = (hy + dmy) * invMs + ka * uy + bzy + gy;
        double bz = (hz + dmz) * invMs + ka * uz + bzz + gz;

        // LLG(S), Landau-Lifshitz form, as in LlgKernel64 (seed 000 eq.4, eq.8; seed 001 eq.3)
        double p = (double) precess;
        double q = 1.0 - p;
        double b1x = p * (bx + pfx - alpha * pdx);
        double b1y = p * (by + pfy - alpha * pdy);
        double b1z = p * (bz + pfz - alpha * pdz);
        double b2x = p * (alpha * bx + pdx + alpha * pfx) + q * bx;
        double b2y = p * (alpha * by + pdy + alpha * pfy) + q * by;
        double b2z = p * (alpha * bz + pdz + alpha * pfz) + q * bz;
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
        // normalized; a vacuum cell keeps m = 0 (0 x 1e15, where 1 / |0| would give 0 x inf = NaN); |v|^2 of a
        // magnetic cell is ~1, far above the floor
        double inv = 1.0 / sqrt(max(vx * vx + vy * vy + vz * vz, 1e-30));

        // energy densities, J/m^3: exchange, DMI, anisotropy, Zeeman, demag (the host field holds demag only then)
        double eEx = -0.5 * (mx * hx + my * hy + mz * hz);
        double eDmi = -0.5 * (mx * dmx + my * dmy + mz * dmz);
        double eAni = -0.5 * ms * ka * mu;
        double eZee = -ms * (mx * bzx + my * bzy + mz * bzz);
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

    /**
     * The material of the first magnetic region; every magnetic region must have the same one (checked here:
     * {@link #oneMaterial}), and the cell bits follow from which cells are magnetic.
     */
    @Override
    public void putRegions(int[] regionOfCell, int[] zModes, FusedKernel.Tables tables) {
        int nr = tables.ms().length;
        if (nr > drive.length / 9) {
            throw new IllegalArgumentException("the kernel was sized for " + drive.length / 9 + " regions, not " + nr);
        }
        int r = oneMaterial(tables);
        if (r < 0) {
            throw new IllegalArgumentException("the uniform film kernel needs one material in every magnetic region");
        }
        int only = singleMagneticRegion(regionOfCell, tables.ms());
        if (!DRIVES_PER_REGION && only < 0) {
            throw new IllegalArgumentException("the magnetic cells lie in more than one region: their drives may "
                    + "differ, which RegionFilmKernel handles");
        }
        driveRegion = only < 0 ? r : only;
        for (int i = 0; i < n; i++) {
            int ix = i % nx;
            int iy = i / nx;
            boolean west = ix > 0 && tables.ms()[regionOfCell[i - 1]] > 0;
            boolean east = ix < nx - 1 && tables.ms()[regionOfCell[i + 1]] > 0;
            boolean south = iy > 0 && tables.ms()[regionOfCell[i - nx]] > 0;
            boolean north = iy < ny - 1 && tables.ms()[regionOfCell[i + nx]] > 0;
            cell[i] = (west ? 0 : 1) | (east ? 0 : 2) | (south ? 0 : 4) | (north ? 0 : 8)
                    | (tables.ms()[regionOfCell[i]] > 0 ? MAGNETIC_BIT : 0) | regionOfCell[i] << REGION_SHIFT;
        }
        double a = tables.a()[r]; // @host
        double d = tables.dmi()[r]; // @host
        double m = tables.ms()[r]; // @host
        double al = tables.alpha()[r]; // @host
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
        kuTwoOverMs = (double) (2 * tables.ku()[r] / m);
        ux = (double) tables.axis()[3 * r];
        uy = (double) tables.axis()[3 * r + 1];
        uz = (double) tables.axis()[3 * r + 2];
        if (isExplicit()) {
            put(cell);
            put(k);
            put(bHost);
        }
    }

    @Override
    public void putDrives(
            double[] bExt, // @host
            double[] pDl, // @host
            double[] pFl) { // @host
        int r = 3 * driveRegion;
        zx = (double) bExt[r];
        zy = (double) bExt[r + 1];
        zz = (double) bExt[r + 2];
        dlx = (double) pDl[r];
        dly = (double) pDl[r + 1];
        dlz = (double) pDl[r + 2];
        flx = (double) pFl[r];
        fly = (double) pFl[r + 1];
        flz = (double) pFl[r + 2];
        if (DRIVES_PER_REGION) {
            for (int q = 0; q < bExt.length / 3; q++) {
                for (int c = 0; c < 3; c++) {
                    drive[9 * q + c] = (double) bExt[3 * q + c];
                    drive[9 * q + 3 + c] = (double) pDl[3 * q + c];
                    drive[9 * q + 6 + c] = (double) pFl[3 * q + c];
                }
            }
            if (isExplicit()) {
                put(drive);
            }
        }
    }

    /** The one region that holds every magnetic cell, or -1 when they lie in several (or there are none). */
    public static int singleMagneticRegion(int[] regionOfCell, double[] msOfRegion) { // @host
        int only = -1;
        for (int r : regionOfCell) {
            if (msOfRegion[r] > 0) {
                if (only >= 0 && r != only) {
                    return -1;
                }
                only = r;
            }
        }
        return only;
    }

    /**
     * The region whose material every magnetic region shares (Ms, damping, exchange and DMI, also between regions,
     * anisotropy and its axis, no gradient), or -1 when there is no magnetic region or more than one material.
     */
    public static int oneMaterial(FusedKernel.Tables tables) {
        int nr = tables.ms().length;
        int first = -1;
        for (int r = 0; r < nr; r++) {
            if (tables.ms()[r] <= 0) {
                continue;
            }
            if (tables.kuGradX()[r] != 0 || tables.kuGradY()[r] != 0) {
                return -1;
            }
            if (first < 0) {
                first = r;
                continue;
            }
            boolean same = tables.ms()[r] == tables.ms()[first] && tables.alpha()[r] == tables.alpha()[first]
                    && tables.ku()[r] == tables.ku()[first];
            for (int c = 0; c < 3; c++) {
                same &= tables.axis()[3 * r + c] == tables.axis()[3 * first + c];
            }
            // the pair values (harmonic mean of A, mean of D) are all equal exactly when the regions' are
            same &= tables.a()[r] == tables.a()[first] && tables.dmi()[r] == tables.dmi()[first];
            if (!same) {
                return -1;
            }
        }
        return first;
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
        demagOnlyInHostField = false;
        putHostField(thermalOn);
    }

    @Override
    public void getState(int slot, float[] m) { // @host
        if (isExplicit()) {
            get(s);
        }
        int from = guard + slot * 3 * n;
        for (int i = 0; i < 3 * n; i++) {
            m[i] = (float) s[from + i];
        }
    }

    /** Without a thermal field to add, the demag field goes straight into the kernel's host field array. */
    @Override
    public void putDemagField(float[] b) { // @host
        if (thermalField(thermalOn) || !fftDemag(demagMode)) {
            for (int i = 0; i < 3 * n; i++) {
                demagHost[i] = b[i];
            }
            demagOnlyInHostField = false;
            putHostField(thermalOn);
            return;
        }
        for (int i = 0; i < 3 * n; i++) {
            bHost[i] = b[i];
        }
        demagOnlyInHostField = true;
        hostHoldsThermal = false;
        if (isExplicit()) {
            put(bHost);
        }
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
        if (demagOnlyInHostField) {
            for (int i = 0; i < 3 * n; i++) {
                demagHost[i] = bHost[i];
            }
            demagOnlyInHostField = false;
        }
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
