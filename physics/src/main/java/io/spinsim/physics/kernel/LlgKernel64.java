package io.spinsim.physics.kernel;

import com.aparapi.Kernel;

/**
 * The fused LLG evaluation: one work item per cell computes every effective-field term, the LLG(S) torque and the
 * next Runge-Kutta stage of its own cell in one pass. {@code phase} selects what a launch does:
 * <ul>
 *   <li>{@link #STAGE}: torque at state slot {@code srcSlot} into stage {@code stage} of {@code k}, then the
 *       normalized next stage state {@code s[cur] + dt sum_j a[stage+1][j] k_j} into slot {@code dstSlot};</li>
 *   <li>{@link #COMBINE}: {@code s[cur] + dt sum_j b_j k_j}, normalized, into {@code dstSlot}; per-cell error
 *       {@code |dt sum_j e_j k_j|} into {@code err} (embedded pair, e = b - b_hat);</li>
 *   <li>{@link #ENERGY}: energy density of each term at slot {@code srcSlot} into {@code energy}.</li>
 * </ul>
 * Arrays are structures of arrays: component c of cell i of slot q is {@code s[(3q + c) n + i]}. Per-cell
 * parameters come from small per-region tables ({@code region[i]}; region 0 is vacuum, Ms = 0).
 * <p>
 * This file is the double-precision source. The build writes {@code LlgKernel32} from it (see physics/pom.xml):
 * every {@code double} becomes {@code float} except on lines marked {@code @host}, the host-side API that // @host
 * always speaks double (@host). Plain-Java twin: {@link JavaExecutor} calls {@link #cell(int)} in a parallel loop, so both
 * back ends run this very code. Aparapi rules kept here: no object fields, no writes to scalar fields from the
 * kernel, no switch/break, helper methods return one scalar.
 */
public final class LlgKernel64 extends Kernel implements FusedKernel {

    static final double GAMMA = 1.7595e11;
    static final double MU0 = 1.2566370614359173e-6;

    int n;
    int nx;
    int ny;
    int nz;
    int nr;
    int pbcX;
    int pbcY;
    double cx;
    double cy;
    double cz;
    double invDx;
    double invDy;
    double invDx2;
    double invDy2;
    double invDz2;

    int phase;
    int stage;
    int nStages;
    int srcSlot;
    int dstSlot;
    int curSlot;
    int adaptive;
    int trackTorque;
    int precess;
    int demagMode;
    int thermal;
    double dt;

    final double[] s;
    final double[] k;
    final double[] err;
    final double[] energy;
    final int[] region;

    final double[] msR;
    final double[] invMsR;
    final double[] preR;
    final double[] alphaR;
    final double[] kuR;
    final double[] kuGradXR;
    final double[] kuGradYR;
    final double[] axisR;
    final double[] aLut;
    final double[] dLut;
    final double[] bExtR;
    final double[] pDlR;
    final double[] pFlR;
    final int[] zMode;
    final double[] zSigma;
    final double[] bDem;
    final double[] bTh;
    final double[] tabA;
    final double[] tabB;
    final double[] tabE;

    public LlgKernel64(KernelShape shape) {
        n = shape.cells();
        nx = shape.nx();
        ny = shape.ny();
        nz = shape.nz();
        nr = shape.regions();
        pbcX = shape.pbcX() ? 1 : 0;
        pbcY = shape.pbcY() ? 1 : 0;
        cx = (double) shape.dx();
        cy = (double) shape.dy();
        cz = (double) shape.dz();
        invDx = (double) (1 / shape.dx());
        invDy = (double) (1 / shape.dy());
        invDx2 = (double) (1 / (shape.dx() * shape.dx()));
        invDy2 = (double) (1 / (shape.dy() * shape.dy()));
        invDz2 = (double) (1 / (shape.dz() * shape.dz()));
        s = new double[DeviceArrays.length(SLOTS * 3 * n)];
        k = new double[DeviceArrays.length(MAX_STAGES * 3 * n)];
        err = new double[DeviceArrays.length(n)];
        energy = new double[DeviceArrays.length(ENERGY_TERMS * n)];
        region = new int[n];
        msR = new double[nr];
        invMsR = new double[nr];
        preR = new double[nr];
        alphaR = new double[nr];
        kuR = new double[nr];
        kuGradXR = new double[nr];
        kuGradYR = new double[nr];
        axisR = new double[3 * nr];
        aLut = new double[nr * nr];
        dLut = new double[nr * nr];
        bExtR = new double[3 * nr];
        pDlR = new double[3 * nr];
        pFlR = new double[3 * nr];
        zMode = new int[nz];
        zSigma = new double[nz];
        bDem = new double[shape.demagArray() ? 3 * n : 3];
        bTh = new double[shape.thermalArray() ? 3 * n : 3];
        tabA = new double[MAX_STAGES * MAX_STAGES];
        tabB = new double[MAX_STAGES];
        tabE = new double[MAX_STAGES];
        precess = 1;
    }

    @Override
    public void run() {
        int i = getGlobalId();
        if (i < n) {
            cell(i);
        }
    }

    @Override
    public void cell(int i) {
        if (phase == COMBINE) {
            combine(i);
        } else {
            if (msR[region[i]] == 0.0) {
                vacuum(i);
            } else {
                evaluate(i);
            }
        }
    }

    private void vacuum(int i) {
        if (phase == ENERGY) {
            for (int t = 0; t < ENERGY_TERMS; t++) {
                energy[t * n + i] = 0.0;
            }
        } else {
            int kb = stage * 3 * n;
            int db = dstSlot * 3 * n;
            for (int c = 0; c < 3; c++) {
                k[kb + c * n + i] = 0.0;
                s[db + c * n + i] = 0.0;
            }
            err[i] = 0.0;
        }
    }

    /** Effective field of every term at cell i, then either the energy densities or the torque and next stage. */
    private void evaluate(int i) {
        int src = srcSlot * 3 * n;
        int r0 = region[i];
        double ms = msR[r0];
        double invMs = invMsR[r0];
        double mx = s[src + i];
        double my = s[src + n + i];
        double mz = s[src + 2 * n + i];
        int plane = nx * ny;
        int iz = i / plane;
        int iy = (i - iz * plane) / nx;
        int ix = i - iz * plane - iy * nx;

        // exchange (ex..) and interfacial DMI (dx..) as A- and D-weighted sums, J/m^3; Neumann edges with the DMI
        // boundary condition 2A dm/dn = D (..): missing neighbours are extrapolated (terms/ExchangeField.java,
        // terms/InterfacialDmiField.java; seed 000 eq.5-7)
        double ex = 0.0;
        double ey = 0.0;
        double ez = 0.0;
        double dmx = 0.0;
        double dmy = 0.0;
        double dmz = 0.0;
        for (int f = 0; f < 4; f++) {
            int j = faceNeighbour(i, ix, iy, f);
            int r1 = r0;
            if (j >= 0) {
                r1 = region[j];
                if (msR[r1] == 0.0) {
                    j = -1;
                    r1 = r0;
                }
            }
            double a = aLut[r0 * nr + r1];
            double d = dLut[r0 * nr + r1];
            double fx = faceNormalX(f);
            double fy = faceNormalY(f);
            double del = cy;
            double inv = invDy;
            double inv2 = invDy2;
            if (f < 2) {
                del = cx;
                inv = invDx;
                inv2 = invDx2;
            }
            double px = mx;
            double py = my;
            double pz = mz;
            if (j >= 0) {
                px = s[src + j];
                py = s[src + n + j];
                pz = s[src + 2 * n + j];
            } else {
                if (a > 0.0) {
                    double g = del * d / (2.0 * a);
                    px = mx - g * fx * mz;
                    py = my - g * fy * mz;
                    pz = mz + g * (fx * mx + fy * my);
                }
            }
            double ca = 2.0 * a * inv2;
            ex += ca * (px - mx);
            ey += ca * (py - my);
            ez += ca * (pz - mz);
            double cd = d * inv;
            dmx += cd * fx * pz;
            dmy += cd * fy * pz;
            dmz -= cd * (fx * px + fy * py);
        }

        // between z planes: bulk exchange (same body) or bilinear surface exchange sigma (seed 001 eq.2),
        // terms/InterlayerExchangeField.java
        double lx = 0.0;
        double ly = 0.0;
        double lz = 0.0;
        for (int side = 0; side < 2; side++) {
            int link = iz - 1 + side;
            int j = i - plane + 2 * side * plane;
            if (link >= 0 && link < nz - 1) {
                int r1 = region[j];
                if (msR[r1] != 0.0) {
                    double qx = s[src + j];
                    double qy = s[src + n + j];
                    double qz = s[src + 2 * n + j];
                    if (zMode[link] == 1) {
                        double ca = 2.0 * aLut[r0 * nr + r1] * invDz2;
                        ex += ca * (qx - mx);
                        ey += ca * (qy - my);
                        ez += ca * (qz - mz);
                    } else {
                        double cs = zSigma[link] / cz;
                        lx += cs * qx;
                        ly += cs * qy;
                        lz += cs * qz;
                    }
                }
            }
        }

        // uniaxial anisotropy with linear gradient, B = 2 Ku (u.m) u / Ms (seed 000 eq.5, seed 001 Ku(x) = Kc + x dKu)
        double ku = kuR[r0] + kuGradXR[r0] * ((ix + 0.5) * cx) + kuGradYR[r0] * ((iy + 0.5) * cy);
        double ux = axisR[3 * r0];
        double uy = axisR[3 * r0 + 1];
        double uz = axisR[3 * r0 + 2];
        double mu = mx * ux + my * uy + mz * uz;
        double ka = 2.0 * ku * mu * invMs;

        // Zeeman, per region and time (terms/ZeemanField.java)
        double zx = bExtR[3 * r0];
        double zy = bExtR[3 * r0 + 1];
        double zz = bExtR[3 * r0 + 2];

        // demagnetization: FFT convolution done on the host (terms/DemagField.java) or local thin film -mu0 Ms mz z
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
            energy[i] = -0.5 * (mx * ex + my * ey + mz * ez);
            energy[n + i] = -0.5 * (mx * dmx + my * dmy + mz * dmz);
            energy[2 * n + i] = -0.5 * ms * ka * mu;
            energy[3 * n + i] = -ms * (mx * zx + my * zy + mz * zz);
            energy[4 * n + i] = -0.5 * ms * (mx * gx + my * gy + mz * gz);
            energy[5 * n + i] = -0.5 * (mx * lx + my * ly + mz * lz);
        } else {
            double bx = (ex + dmx + lx) * invMs + ka * ux + zx + gx;
            double by = (ey + dmy + ly) * invMs + ka * uy + zy + gy;
            double bz = (ez + dmz + lz) * invMs + ka * uz + zz + gz;
            if (thermal == 1) {
                bx += bTh[i];
                by += bTh[n + i];
                bz += bTh[2 * n + i];
            }
            torque(i, r0, mx, my, mz, bx, by, bz);
        }
    }

    /**
     * LLG in Landau-Lifshitz form (seed 000 eq.4) plus the Slonczewski-form spin torque with damping-like P_dl and
     * field-like P_fl parts in tesla (seed 000 eq.8, seed 001 eq.3): with b1 = B + P_fl - alpha P_dl and
     * b2 = alpha B + P_dl + alpha P_fl, dm/dt = -gamma/(1+alpha^2) (m x b1 + m x (m x b2)).
     */
    private void torque(int i, int r0, double mx, double my, double mz, double bx, double by, double bz) {
        double al = alphaR[r0];
        double pre = preR[r0];
        double b1x = bx + pFlR[3 * r0] - al * pDlR[3 * r0];
        double b1y = by + pFlR[3 * r0 + 1] - al * pDlR[3 * r0 + 1];
        double b1z = bz + pFlR[3 * r0 + 2] - al * pDlR[3 * r0 + 2];
        double b2x = al * bx + pDlR[3 * r0] + al * pFlR[3 * r0];
        double b2y = al * by + pDlR[3 * r0 + 1] + al * pFlR[3 * r0 + 1];
        double b2z = al * bz + pDlR[3 * r0 + 2] + al * pFlR[3 * r0 + 2];
        if (precess == 0) {
            // relaxation: damping only, at unit rate
            pre = -GAMMA;
            b1x = 0.0;
            b1y = 0.0;
            b1z = 0.0;
            b2x = bx;
            b2y = by;
            b2z = bz;
        }
        double m2 = mx * mx + my * my + mz * mz;
        double mb = mx * b2x + my * b2y + mz * b2z;
        double tx = pre * ((my * b1z - mz * b1y) + mx * mb - b2x * m2);
        double ty = pre * ((mz * b1x - mx * b1z) + my * mb - b2y * m2);
        double tz = pre * ((mx * b1y - my * b1x) + mz * mb - b2z * m2);
        int kb = stage * 3 * n;
        k[kb + i] = tx;
        k[kb + n + i] = ty;
        k[kb + 2 * n + i] = tz;
        if (trackTorque == 1 && stage == 0) {
            err[i] = sqrt(tx * tx + ty * ty + tz * tz);
        }
        if (stage + 1 < nStages) {
            advance(i, stage + 1, dstSlot);
        }
    }

    /** s[dst] = normalize(s[cur] + dt sum_{j < row} tabA[row][j] k_j) at cell i. */
    private void advance(int i, int row, int dst) {
        int cur = curSlot * 3 * n;
        double vx = s[cur + i];
        double vy = s[cur + n + i];
        double vz = s[cur + 2 * n + i];
        for (int j = 0; j < row; j++) {
            double a = tabA[row * MAX_STAGES + j] * dt;
            if (a != 0.0) {
                int kb = j * 3 * n;
                vx += a * k[kb + i];
                vy += a * k[kb + n + i];
                vz += a * k[kb + 2 * n + i];
            }
        }
        store(i, dst, vx, vy, vz);
    }

    private void combine(int i) {
        int db = dstSlot * 3 * n;
        if (msR[region[i]] == 0.0) {
            s[db + i] = 0.0;
            s[db + n + i] = 0.0;
            s[db + 2 * n + i] = 0.0;
            err[i] = 0.0;
        } else {
            int cur = curSlot * 3 * n;
            double vx = s[cur + i];
            double vy = s[cur + n + i];
            double vz = s[cur + 2 * n + i];
            double wx = 0.0;
            double wy = 0.0;
            double wz = 0.0;
            for (int j = 0; j < nStages; j++) {
                int kb = j * 3 * n;
                double b = tabB[j] * dt;
                double e = tabE[j] * dt;
                vx += b * k[kb + i];
                vy += b * k[kb + n + i];
                vz += b * k[kb + 2 * n + i];
                wx += e * k[kb + i];
                wy += e * k[kb + n + i];
                wz += e * k[kb + 2 * n + i];
            }
            store(i, dstSlot, vx, vy, vz);
            if (adaptive == 1) {
                err[i] = sqrt(wx * wx + wy * wy + wz * wz);
            }
        }
    }

    private void store(int i, int slot, double vx, double vy, double vz) {
        double norm = sqrt(vx * vx + vy * vy + vz * vz);
        double inv = 0.0;
        if (norm > 0.0) {
            inv = 1.0 / norm;
        }
        int b = slot * 3 * n;
        s[b + i] = vx * inv;
        s[b + n + i] = vy * inv;
        s[b + 2 * n + i] = vz * inv;
    }

    /**
     * Index of the in-plane neighbour across face f (0: -x, 1: +x, 2: -y, 3: +y); across a periodic boundary the
     * cell on the opposite side; -1 at an open grid edge.
     */
    private int faceNeighbour(int i, int ix, int iy, int f) {
        int j = -1;
        if (f == 0) {
            if (ix > 0) {
                j = i - 1;
            } else if (pbcX == 1) {
                j = i + nx - 1;
            }
        }
        if (f == 1) {
            if (ix < nx - 1) {
                j = i + 1;
            } else if (pbcX == 1) {
                j = i - nx + 1;
            }
        }
        if (f == 2) {
            if (iy > 0) {
                j = i - nx;
            } else if (pbcY == 1) {
                j = i + nx * (ny - 1);
            }
        }
        if (f == 3) {
            if (iy < ny - 1) {
                j = i + nx;
            } else if (pbcY == 1) {
                j = i - nx * (ny - 1);
            }
        }
        return j;
    }

    private double faceNormalX(int f) {
        double v = 0.0;
        if (f == 0) {
            v = -1.0;
        }
        if (f == 1) {
            v = 1.0;
        }
        return v;
    }

    private double faceNormalY(int f) {
        double v = 0.0;
        if (f == 2) {
            v = -1.0;
        }
        if (f == 3) {
            v = 1.0;
        }
        return v;
    }

    // ---------------------------------------------------------------------------------------------------------
    // host side: never called from run(); lines marked @host keep double in the generated float twin

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
        System.arraycopy(regionOfCell, 0, region, 0, n);
        System.arraycopy(zModes, 0, zMode, 0, nz);
        copy(tables.ms(), msR);
        copy(tables.alpha(), alphaR);
        for (int r = 0; r < nr; r++) {
            invMsR[r] = msR[r] > 0 ? 1 / msR[r] : 0;
            preR[r] = -GAMMA / (1 + alphaR[r] * alphaR[r]);
        }
        copy(tables.ku(), kuR);
        copy(tables.kuGradX(), kuGradXR);
        copy(tables.kuGradY(), kuGradYR);
        copy(tables.axis(), axisR);
        copy(tables.aLut(), aLut);
        copy(tables.dLut(), dLut);
        copy(tables.zSigma(), zSigma);
        if (isExplicit()) {
            put(region).put(zMode).put(msR).put(invMsR).put(preR).put(alphaR).put(kuR).put(kuGradXR).put(kuGradYR);
            put(axisR);
            put(aLut).put(dLut).put(zSigma);
        }
    }

    @Override
    public void putDrives(
            double[] bExt, // @host
            double[] pDl, // @host
            double[] pFl) { // @host
        copy(bExt, bExtR);
        copy(pDl, pDlR);
        copy(pFl, pFlR);
        if (isExplicit()) {
            put(bExtR).put(pDlR).put(pFlR);
        }
    }

    @Override
    public void putTableau(
            double[] a, // @host
            double[] b, // @host
            double[] e, // @host
            int stages, boolean withError) {
        copy(a, tabA);
        copy(b, tabB);
        copy(e, tabE);
        nStages = stages;
        adaptive = withError ? 1 : 0;
        if (isExplicit()) {
            put(tabA).put(tabB).put(tabE);
        }
    }

    @Override
    public void putState(int slot, double[] m) { // @host
        for (int i = 0; i < 3 * n; i++) {
            s[slot * 3 * n + i] = (double) m[i];
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
            m[i] = s[slot * 3 * n + i];
        }
    }

    @Override
    public void putDemagField(double[] b) { // @host
        copy(b, bDem);
        if (isExplicit()) {
            put(bDem);
        }
    }

    @Override
    public void putThermalField(double[] b) { // @host
        copy(b, bTh);
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
        phase = STAGE;
        stage = stageIndex;
        srcSlot = src;
        dstSlot = dst;
        curSlot = cur;
        dt = (double) step;
    }

    @Override
    public void setCombine(int dst, int cur,
            double step) { // @host
        phase = COMBINE;
        dstSlot = dst;
        curSlot = cur;
        dt = (double) step;
    }

    @Override
    public void setEnergy(int src) {
        phase = ENERGY;
        srcSlot = src;
    }

    @Override
    public void setModes(int demag, boolean thermalOn, boolean precession, boolean torqueTracking) {
        demagMode = demag;
        thermal = thermalOn ? 1 : 0;
        precess = precession ? 1 : 0;
        trackTorque = torqueTracking ? 1 : 0;
    }

    private static void copy(
            double[] from, // @host
            double[] to) {
        for (int i = 0; i < from.length; i++) {
            to[i] = (double) from[i];
        }
    }
}
