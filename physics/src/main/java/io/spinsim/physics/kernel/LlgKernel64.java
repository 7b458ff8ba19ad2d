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
 * parameters come from small per-region tables ({@code region[i]}; region 0 is vacuum, Ms = 0, where every term
 * vanishes because m = 0).
 * <p>
 * Why one long {@link #run()}: Aparapi turns every Java method into a separate OpenCL function, which PoCL's
 * compiler does not inline at this size, and a call, a loop with a variable trip count or a load under a
 * data-dependent branch stops it from vectorizing the work items (its remarks say so). So the body has no calls,
 * no loops (faces, planes and stages are written out; PoCL does not unroll them before vectorizing), neighbours
 * read at fixed offsets i -+ 1, nx, nx ny (contiguous vector loads; a guard of nx ny cells before and after the
 * state and region arrays keeps edge cells in bounds, and an open edge or vacuum neighbour is replaced by its ghost
 * under a mask), stage coefficients that are zero for unused stages (whose torque index points at stage 0, already
 * in cache), and optional fields read at index 0 when off. Measured on PoCL (AVX-512): about 6x
 * more cell-evaluations per CPU-second than the version with helper methods.
 * <p>
 * This file is the double-precision source. The build writes {@code LlgKernel32} from it (see physics/pom.xml):
 * every {@code double} becomes {@code float} except on lines marked {@code @host}, the host-side API that // @host
 * always speaks double (@host). Plain-Java twin: {@link #runCells(int, int)} runs this very {@link #run()} over a
 * range of cells on a clone (own global id), so both back ends execute one source. Aparapi rules kept here: no
 * object fields in run(), no writes to scalar fields from it, no switch/break.
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
    double invDx;
    double invDy;
    double invDx2;
    double invDy2;
    double invDz;
    double invDz2;

    int phase;
    int stage;
    int nStages;
    int srcSlot;
    int dstSlot;
    int curSlot;
    /** STAGE: 1 when this launch also writes the next stage state (or, for a final stage, the step). */
    int writeNext;
    int adaptive;
    int trackTorque;
    int precess;
    int demagMode;
    int demagStride;
    int thermalStride;
    /** Cells of zero padding before (and after) the state and region arrays: neighbours at i -+ 1, nx, nx ny. */
    int guard;
    /** STAGE: dt a[stage+1][stage], the weight of the torque computed in this launch. */
    double coefNow;

    final double[] s;
    final double[] k;
    final double[] err;
    final double[] energy;
    final int[] region;
    /**
     * Per cell, which neighbours exist and are magnetic: bits 0-3 the faces -x, +x, -y, +y (across periodic
     * boundaries too), bits 4-5 the planes below and above. Built on the host from the region map.
     */
    final int[] nbMask;

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
    /** Per launch: dt-scaled coefficients of stage (or b) and error weights, and where each stage's torque is. */
    final double[] coef;
    final double[] coefErr;
    final int[] kOff;

    /** Butcher tableau, host side only. */
    private final double[] tableauA = new double[MAX_STAGES * MAX_STAGES]; // @host
    private final double[] tableauB = new double[MAX_STAGES]; // @host
    private final double[] tableauE = new double[MAX_STAGES]; // @host

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
        invDx = (double) (1 / shape.dx());
        invDy = (double) (1 / shape.dy());
        invDx2 = (double) (1 / (shape.dx() * shape.dx()));
        invDy2 = (double) (1 / (shape.dy() * shape.dy()));
        invDz = (double) (1 / shape.dz());
        invDz2 = (double) (1 / (shape.dz() * shape.dz()));
        guard = nx * ny;
        s = new double[DeviceArrays.length(SLOTS * 3 * n + 2 * guard)];
        k = new double[DeviceArrays.length(MAX_STAGES * 3 * n)];
        err = new double[DeviceArrays.length(n)];
        energy = new double[DeviceArrays.length(ENERGY_TERMS * n)];
        region = new int[n + 2 * guard];
        nbMask = new int[n];
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
        coef = new double[MAX_STAGES];
        coefErr = new double[MAX_STAGES];
        kOff = new int[MAX_STAGES];
        precess = 1;
    }

    @Override
    public void run() {
        int i = getGlobalId();
        if (i < n) {
            if (phase == COMBINE) {
                // s[dst] = normalize(s[cur] + sum_j (dt b_j) k_j), err = |sum_j (dt e_j) k_j|
                int cur = guard + curSlot * 3 * n;
                double vx = s[cur + i];
                double vy = s[cur + n + i];
                double vz = s[cur + 2 * n + i];
                double wx = 0.0;
                double wy = 0.0;
                double wz = 0.0;
                vx += coef[0] * k[kOff[0] + i];
                vy += coef[0] * k[kOff[0] + n + i];
                vz += coef[0] * k[kOff[0] + 2 * n + i];
                wx += coefErr[0] * k[kOff[0] + i];
                wy += coefErr[0] * k[kOff[0] + n + i];
                wz += coefErr[0] * k[kOff[0] + 2 * n + i];
                vx += coef[1] * k[kOff[1] + i];
                vy += coef[1] * k[kOff[1] + n + i];
                vz += coef[1] * k[kOff[1] + 2 * n + i];
                wx += coefErr[1] * k[kOff[1] + i];
                wy += coefErr[1] * k[kOff[1] + n + i];
                wz += coefErr[1] * k[kOff[1] + 2 * n + i];
                vx += coef[2] * k[kOff[2] + i];
                vy += coef[2] * k[kOff[2] + n + i];
                vz += coef[2] * k[kOff[2] + 2 * n + i];
                wx += coefErr[2] * k[kOff[2] + i];
                wy += coefErr[2] * k[kOff[2] + n + i];
                wz += coefErr[2] * k[kOff[2] + 2 * n + i];
                vx += coef[3] * k[kOff[3] + i];
                vy += coef[3] * k[kOff[3] + n + i];
                vz += coef[3] * k[kOff[3] + 2 * n + i];
                wx += coefErr[3] * k[kOff[3] + i];
                wy += coefErr[3] * k[kOff[3] + n + i];
                wz += coefErr[3] * k[kOff[3] + 2 * n + i];
                vx += coef[4] * k[kOff[4] + i];
                vy += coef[4] * k[kOff[4] + n + i];
                vz += coef[4] * k[kOff[4] + 2 * n + i];
                wx += coefErr[4] * k[kOff[4] + i];
                wy += coefErr[4] * k[kOff[4] + n + i];
                wz += coefErr[4] * k[kOff[4] + 2 * n + i];
                vx += coef[5] * k[kOff[5] + i];
                vy += coef[5] * k[kOff[5] + n + i];
                vz += coef[5] * k[kOff[5] + 2 * n + i];
                wx += coefErr[5] * k[kOff[5] + i];
                wy += coefErr[5] * k[kOff[5] + n + i];
                wz += coefErr[5] * k[kOff[5] + 2 * n + i];
                vx += coef[6] * k[kOff[6] + i];
                vy += coef[6] * k[kOff[6] + n + i];
                vz += coef[6] * k[kOff[6] + 2 * n + i];
                wx += coefErr[6] * k[kOff[6] + i];
                wy += coefErr[6] * k[kOff[6] + n + i];
                wz += coefErr[6] * k[kOff[6] + 2 * n + i];
                double norm = sqrt(vx * vx + vy * vy + vz * vz);
                double inv = norm > 0.0 ? 1.0 / norm : 0.0;
                int dst = guard + dstSlot * 3 * n;
                s[dst + i] = vx * inv;
                s[dst + n + i] = vy * inv;
                s[dst + 2 * n + i] = vz * inv;
                if (adaptive == 1) {
                    err[i] = sqrt(wx * wx + wy * wy + wz * wz);
                }
            } else {
                int src = guard + srcSlot * 3 * n;
                int r0 = region[guard + i];
                double ms = msR[r0];
                double invMs = invMsR[r0];
                double mx = s[src + i];
                double my = s[src + n + i];
                double mz = s[src + 2 * n + i];
                int plane = nx * ny;
                int iz = i / plane;
                int iy = (i - iz * plane) / nx;
                int ix = i - iz * plane - iy * nx;

                // exchange (ex..) and interfacial DMI (dx..), J/m^3, over the four in-plane faces: the neighbour at a
                // fixed offset, across a periodic boundary the opposite cell, and for an open edge or vacuum the ghost
                // of the DMI boundary condition
                // 2A dm/dn = D (-n_x m_z, -n_y m_z, n . m) (terms/ExchangeField.java, terms/InterfacialDmiField.java;
                // seed 000 eq.5-7)
                double ex = 0.0;
                double ey = 0.0;
                double ez = 0.0;
                double dmx = 0.0;
                double dmy = 0.0;
                double dmz = 0.0;
                int neighbours = nbMask[i];
                double aSelf = aLut[r0 * nr + r0];
                double dSelf = dLut[r0 * nr + r0];
                double ghostX = aSelf > 0.0 ? cx * dSelf / (2.0 * aSelf) : 0.0;
                double ghostY = aSelf > 0.0 ? cy * dSelf / (2.0 * aSelf) : 0.0;
                {
                    // -x face
                    int inside = ix > 0 ? 1 : 0;
                    int j = i - 1;
                    if (inside == 0 && pbcX == 1) {
                        j = i + nx - 1;
                    }
                    int r1 = region[guard + j];
                    double px = s[src + j];
                    double py = s[src + n + j];
                    double pz = s[src + 2 * n + j];
                    double a = aSelf;
                    double d = dSelf;
                    if ((neighbours & 1) != 0) {
                        if (r1 != r0) {
                            a = aLut[r0 * nr + r1];
                            d = dLut[r0 * nr + r1];
                        }
                    } else {
                        px = mx + ghostX * mz;
                        py = my;
                        pz = mz - ghostX * mx;
                    }
                    double ca = 2.0 * a * invDx2;
                    ex += ca * (px - mx);
                    ey += ca * (py - my);
                    ez += ca * (pz - mz);
                    double cd = d * invDx;
                    dmx -= cd * pz;
                    dmz += cd * px;
                }
                {
                    // +x face
                    int inside = ix < nx - 1 ? 1 : 0;
                    int j = i + 1;
                    if (inside == 0 && pbcX == 1) {
                        j = i - nx + 1;
                    }
                    int r1 = region[guard + j];
                    double px = s[src + j];
                    double py = s[src + n + j];
                    double pz = s[src + 2 * n + j];
                    double a = aSelf;
                    double d = dSelf;
                    if ((neighbours & 2) != 0) {
                        if (r1 != r0) {
                            a = aLut[r0 * nr + r1];
                            d = dLut[r0 * nr + r1];
                        }
                    } else {
                        px = mx - ghostX * mz;
                        py = my;
                        pz = mz + ghostX * mx;
                    }
                    double ca = 2.0 * a * invDx2;
                    ex += ca * (px - mx);
                    ey += ca * (py - my);
                    ez += ca * (pz - mz);
                    double cd = d * invDx;
                    dmx += cd * pz;
                    dmz -= cd * px;
                }
                {
                    // -y face
                    int inside = iy > 0 ? 1 : 0;
                    int j = i - nx;
                    if (inside == 0 && pbcY == 1) {
                        j = i + nx * (ny - 1);
                    }
                    int r1 = region[guard + j];
                    double px = s[src + j];
                    double py = s[src + n + j];
                    double pz = s[src + 2 * n + j];
                    double a = aSelf;
                    double d = dSelf;
                    if ((neighbours & 4) != 0) {
                        if (r1 != r0) {
                            a = aLut[r0 * nr + r1];
                            d = dLut[r0 * nr + r1];
                        }
                    } else {
                        px = mx;
                        py = my + ghostY * mz;
                        pz = mz - ghostY * my;
                    }
                    double ca = 2.0 * a * invDy2;
                    ex += ca * (px - mx);
                    ey += ca * (py - my);
                    ez += ca * (pz - mz);
                    double cd = d * invDy;
                    dmy -= cd * pz;
                    dmz += cd * py;
                }
                {
                    // +y face
                    int inside = iy < ny - 1 ? 1 : 0;
                    int j = i + nx;
                    if (inside == 0 && pbcY == 1) {
                        j = i - nx * (ny - 1);
                    }
                    int r1 = region[guard + j];
                    double px = s[src + j];
                    double py = s[src + n + j];
                    double pz = s[src + 2 * n + j];
                    double a = aSelf;
                    double d = dSelf;
                    if ((neighbours & 8) != 0) {
                        if (r1 != r0) {
                            a = aLut[r0 * nr + r1];
                            d = dLut[r0 * nr + r1];
                        }
                    } else {
                        px = mx;
                        py = my - ghostY * mz;
                        pz = mz + ghostY * my;
                    }
                    double ca = 2.0 * a * invDy2;
                    ex += ca * (px - mx);
                    ey += ca * (py - my);
                    ez += ca * (pz - mz);
                    double cd = d * invDy;
                    dmy += cd * pz;
                    dmz -= cd * py;
                }

                // between z planes (terms/InterlayerExchangeField.java)
                double lx = 0.0;
                double ly = 0.0;
                double lz = 0.0;
                if (nz > 1) {
                    {
                        // the plane below: bulk exchange (same body) or bilinear surface exchange sigma (seed 001 eq.2)
                        int j = i - plane;
                        int at = iz > 0 ? iz - 1 : 0;
                        int r1 = region[guard + j];
                        double on = (neighbours & 16) != 0 ? 1.0 : 0.0;
                        double qx = s[src + j];
                        double qy = s[src + n + j];
                        double qz = s[src + 2 * n + j];
                        double ca = zMode[at] == 1 ? on * 2.0 * aLut[r0 * nr + r1] * invDz2 : 0.0;
                        double cs = zMode[at] == 1 ? 0.0 : on * zSigma[at] * invDz;
                        ex += ca * (qx - mx);
                        ey += ca * (qy - my);
                        ez += ca * (qz - mz);
                        lx += cs * qx;
                        ly += cs * qy;
                        lz += cs * qz;
                    }
                    {
                        // the plane above: bulk exchange (same body) or bilinear surface exchange sigma (seed 001 eq.2)
                        int j = i + plane;
                        int at = iz < nz - 1 ? iz : 0;
                        int r1 = region[guard + j];
                        double on = (neighbours & 32) != 0 ? 1.0 : 0.0;
                        double qx = s[src + j];
                        double qy = s[src + n + j];
                        double qz = s[src + 2 * n + j];
                        double ca = zMode[at] == 1 ? on * 2.0 * aLut[r0 * nr + r1] * invDz2 : 0.0;
                        double cs = zMode[at] == 1 ? 0.0 : on * zSigma[at] * invDz;
                        ex += ca * (qx - mx);
                        ey += ca * (qy - my);
                        ez += ca * (qz - mz);
                        lx += cs * qx;
                        ly += cs * qy;
                        lz += cs * qz;
                    }
                }

                // uniaxial anisotropy with linear gradient, B = 2 Ku (u.m) u / Ms (seed 000 eq.5; seed 001
                // Ku(x) = Kc + x dKu), terms/UniaxialAnisotropyField.java
                double ku = kuR[r0] + kuGradXR[r0] * ((ix + 0.5) * cx) + kuGradYR[r0] * ((iy + 0.5) * cy);
                double ux = axisR[3 * r0];
                double uy = axisR[3 * r0 + 1];
                double uz = axisR[3 * r0 + 2];
                double mu = mx * ux + my * uy + mz * uz;
                double ka = 2.0 * ku * mu * invMs;

                // Zeeman per region and time (terms/ZeemanField.java)
                double zx = bExtR[3 * r0];
                double zy = bExtR[3 * r0 + 1];
                double zz = bExtR[3 * r0 + 2];

                // demag: the host's FFT convolution (terms/DemagField.java; read at index 0 when off) or the local
                // thin-film field -mu0 Ms m_z z
                int di = demagMode == 1 ? i : 0;
                double fft = demagMode == 1 ? 1.0 : 0.0;
                double gx = fft * bDem[di];
                double gy = fft * bDem[demagStride + di];
                double gz = fft * bDem[2 * demagStride + di] - (demagMode == 2 ? MU0 * ms * mz : 0.0);

                if (phase == ENERGY) {
                    energy[i] = -0.5 * (mx * ex + my * ey + mz * ez);
                    energy[n + i] = -0.5 * (mx * dmx + my * dmy + mz * dmz);
                    energy[2 * n + i] = -0.5 * ms * ka * mu;
                    energy[3 * n + i] = -ms * (mx * zx + my * zy + mz * zz);
                    energy[4 * n + i] = -0.5 * ms * (mx * gx + my * gy + mz * gz);
                    energy[5 * n + i] = -0.5 * (mx * lx + my * ly + mz * lz);
                } else {
                    // thermal field (terms/ThermalField.java; index 0 when off)
                    int ti = thermalStride > 0 ? i : 0;
                    double th = thermalStride > 0 ? 1.0 : 0.0;
                    double bx = (ex + dmx + lx) * invMs + ka * ux + zx + gx + th * bTh[ti];
                    double by = (ey + dmy + ly) * invMs + ka * uy + zy + gy + th * bTh[thermalStride + ti];
                    double bz = (ez + dmz + lz) * invMs + ka * uz + zz + gz + th * bTh[2 * thermalStride + ti];

                    // LLG in Landau-Lifshitz form (seed 000 eq.4) plus the Slonczewski-form spin torque with
                    // damping-like P_dl and field-like P_fl parts in tesla (seed 000 eq.8, seed 001 eq.3):
                    // with b1 = B + P_fl - alpha P_dl, b2 = alpha B + P_dl + alpha P_fl,
                    // dm/dt = -gamma/(1+alpha^2) (m x b1 + m x (m x b2)); relaxation (precess = 0) keeps only the
                    // damping, at unit rate: -gamma m x (m x B)
                    double p = (double) precess;
                    double al = alphaR[r0];
                    double pre = p * preR[r0] - (1.0 - p) * GAMMA;
                    double b1x = p * (bx + pFlR[3 * r0] - al * pDlR[3 * r0]);
                    double b1y = p * (by + pFlR[3 * r0 + 1] - al * pDlR[3 * r0 + 1]);
                    double b1z = p * (bz + pFlR[3 * r0 + 2] - al * pDlR[3 * r0 + 2]);
                    double b2x = p * (al * bx + pDlR[3 * r0] + al * pFlR[3 * r0]) + (1.0 - p) * bx;
                    double b2y = p * (al * by + pDlR[3 * r0 + 1] + al * pFlR[3 * r0 + 1]) + (1.0 - p) * by;
                    double b2z = p * (al * bz + pDlR[3 * r0 + 2] + al * pFlR[3 * r0 + 2]) + (1.0 - p) * bz;
                    double m2 = mx * mx + my * my + mz * mz;
                    double mb = mx * b2x + my * b2y + mz * b2z;
                    double tx = pre * ((my * b1z - mz * b1y) + mx * mb - b2x * m2);
                    double ty = pre * ((mz * b1x - mx * b1z) + my * mb - b2y * m2);
                    double tz = pre * ((mx * b1y - my * b1x) + mz * mb - b2z * m2);
                    int kb = stage * 3 * n;
                    k[kb + i] = tx;
                    k[kb + n + i] = ty;
                    k[kb + 2 * n + i] = tz;
                    if (trackTorque == 1) {
                        err[i] = sqrt(tx * tx + ty * ty + tz * tz);
                    }
                    if (writeNext == 1) {
                        // next stage state: s[cur] + sum_{j<stage} (dt a_j) k_j + (dt a_stage) tau (a final stage
                        // uses b: the step)
                        int cur = guard + curSlot * 3 * n;
                        double vx = s[cur + i] + coefNow * tx;
                        double vy = s[cur + n + i] + coefNow * ty;
                        double vz = s[cur + 2 * n + i] + coefNow * tz;
                        vx += coef[0] * k[kOff[0] + i];
                        vy += coef[0] * k[kOff[0] + n + i];
                        vz += coef[0] * k[kOff[0] + 2 * n + i];
                        vx += coef[1] * k[kOff[1] + i];
                        vy += coef[1] * k[kOff[1] + n + i];
                        vz += coef[1] * k[kOff[1] + 2 * n + i];
                        vx += coef[2] * k[kOff[2] + i];
                        vy += coef[2] * k[kOff[2] + n + i];
                        vz += coef[2] * k[kOff[2] + 2 * n + i];
                        vx += coef[3] * k[kOff[3] + i];
                        vy += coef[3] * k[kOff[3] + n + i];
                        vz += coef[3] * k[kOff[3] + 2 * n + i];
                        vx += coef[4] * k[kOff[4] + i];
                        vy += coef[4] * k[kOff[4] + n + i];
                        vz += coef[4] * k[kOff[4] + 2 * n + i];
                        vx += coef[5] * k[kOff[5] + i];
                        vy += coef[5] * k[kOff[5] + n + i];
                        vz += coef[5] * k[kOff[5] + 2 * n + i];
                        double norm = sqrt(vx * vx + vy * vy + vz * vz);
                        double inv = norm > 0.0 ? 1.0 / norm : 0.0;
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
        System.arraycopy(regionOfCell, 0, region, guard, n);
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
        for (int i = 0; i < n; i++) {
            nbMask[i] = neighbourMask(i);
        }
        if (isExplicit()) {
            put(nbMask);
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
        copy(b, bDem);
        demagStride = n;
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

    /**
     * Stage j of a step: coef[l] = dt a[j+1][l] for the earlier stages l < j (their torques at kOff[l]), and
     * coefNow = dt a[j+1][j] for the torque computed in this launch; unused entries are 0 at stage 0's offset.
     */
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
        for (int l = 0; l < MAX_STAGES; l++) {
            boolean earlier = l < stageIndex;
            coef[l] = earlier ? (double) (step * w[at + l]) : 0;
            // not the stage written now: PoCL falls back to its scalar loop when a read may overlap the write
            kOff[l] = (earlier ? l : UNUSED_STAGE) * 3 * n;
            coefErr[l] = 0;
        }
        coefNow = (double) (step * w[at + stageIndex]);
        putCoefficients();
    }

    @Override
    public void setCombine(int dst, int cur,
            double step) { // @host
        phase = COMBINE;
        dstSlot = dst;
        curSlot = cur;
        for (int l = 0; l < MAX_STAGES; l++) {
            boolean used = l < nStages;
            coef[l] = used ? (double) (step * tableauB[l]) : 0;
            coefErr[l] = used && adaptive == 1 ? (double) (step * tableauE[l]) : 0;
            kOff[l] = used ? l * 3 * n : 0;
        }
        putCoefficients();
    }

    private void putCoefficients() {
        if (isExplicit()) {
            put(coef).put(coefErr).put(kOff);
        }
    }

    @Override
    public void setEnergy(int src) {
        phase = ENERGY;
        srcSlot = src;
    }

    @Override
    public void setModes(int demag, boolean thermalOn, boolean precession, boolean torqueTracking) {
        demagMode = demag;
        thermalStride = thermalOn ? n : 0;
        precess = precession ? 1 : 0;
        trackTorque = torqueTracking ? 1 : 0;
    }

    private int neighbourMask(int i) {
        int plane = nx * ny;
        int iz = i / plane;
        int iy = (i - iz * plane) / nx;
        int ix = i - iz * plane - iy * nx;
        int[][] steps = {{-1, 0, 0}, {1, 0, 0}, {0, -1, 0}, {0, 1, 0}, {0, 0, -1}, {0, 0, 1}};
        int mask = 0;
        for (int b = 0; b < steps.length; b++) {
            int jx = pbcX == 1 ? Math.floorMod(ix + steps[b][0], nx) : ix + steps[b][0];
            int jy = pbcY == 1 ? Math.floorMod(iy + steps[b][1], ny) : iy + steps[b][1];
            int jz = iz + steps[b][2];
            boolean inside = jx >= 0 && jx < nx && jy >= 0 && jy < ny && jz >= 0 && jz < nz;
            if (inside && msR[region[guard + jx + nx * (jy + ny * jz)]] > 0) {
                mask |= 1 << b;
            }
        }
        return mask;
    }

    private static void copy(
            double[] from, // @host
            double[] to) {
        for (int i = 0; i < from.length; i++) {
            to[i] = (double) from[i];
        }
    }
}
