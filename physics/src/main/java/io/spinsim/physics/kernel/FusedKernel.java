package io.spinsim.physics.kernel;

import io.spinsim.physics.terms.ExchangeField;
import io.spinsim.physics.terms.InterfacialDmiField;

import com.aparapi.Kernel;

/**
 * Host-side view of the fused LLG kernel, the same for both precisions ({@link LlgKernel64} and the generated
 * {@code LlgKernel32}). All values cross this interface in double and SI units; the kernel converts. Every
 * {@code put*} copies into the kernel's arrays and, in explicit (OpenCL) mode, transfers them to the device;
 * every {@code get*} first transfers back.
 */
public interface FusedKernel {

    /** State slots: the accepted state and two stage states (ping-pong). */
    int SLOTS = 3;
    int MAX_STAGES = 7;
    /** Stage whose torque slot unused coefficient terms point at (never written by an earlier stage's launch). */
    int UNUSED_STAGE = MAX_STAGES - 1;
    /** exchange, DMI, anisotropy, Zeeman, demag, interlayer (see engine/EnergyTerm). */
    int ENERGY_TERMS = 6;

    int STAGE = 0;
    int COMBINE = 1;
    int ENERGY = 2;

    int DEMAG_NONE = 0;
    int DEMAG_FFT = 1;
    int DEMAG_LOCAL_THIN_FILM = 2;

    /**
     * Static per-region parameters (region 0 is vacuum: all zero) and per-interface sigma.
     *
     * @param ms      Ms per region, A/m
     * @param alpha   Gilbert damping per region
     * @param ku      Ku at the grid origin per region, J/m^3 (gradients folded in)
     * @param kuGradX dKu/dx per region, J/m^4
     * @param kuGradY dKu/dy per region, J/m^4
     * @param axis    easy axis per region (3 per region, normalized)
     * @param a       exchange stiffness per region, J/m
     * @param dmi     interfacial DMI per region, J/m^2
     * @param zSigma  bilinear surface exchange between planes z and z+1, J/m^2 (where zMode is 0)
     */
    record Tables(double[] ms, double[] alpha, double[] ku, double[] kuGradX, double[] kuGradY, double[] axis,
                  double[] a, double[] dmi, double[] zSigma) {

        /** Exchange stiffness between regions r and q at [r nr + q], J/m ({@link ExchangeField#stiffnessTable}). */
        public double[] aLut() {
            return ExchangeField.stiffnessTable(a);
        }

        /** Interfacial DMI between regions r and q at [r nr + q], J/m^2 ({@link InterfacialDmiField}). */
        public double[] dLut() {
            return InterfacialDmiField.strengthTable(dmi);
        }
    }

    /** The plain-Java twin: runs the kernel body (the same run() OpenCL executes) over cells [from, to). */
    void runCells(int from, int to);

    int cells();

    /**
     * True when run() has no bounds check, so that a launch must have exactly {@link #cells()} work items (the
     * work-group size then divides the cell count: {@link KernelShape#exactWorkGroup}).
     */
    default boolean exactRange() {
        return false;
    }

    Kernel aparapiKernel();

    boolean doublePrecision();

    /** @param zModes per z interface: 1 bulk exchange through A, 0 bilinear surface exchange sigma */
    void putRegions(int[] regionOfCell, int[] zModes, Tables tables);

    /** Time-dependent per-region values: applied field (T), damping-like and field-like spin torque (T). */
    void putDrives(double[] bExt, double[] pDl, double[] pFl);

    /** Butcher tableau, row-major MAX_STAGES x MAX_STAGES; e = b - b_hat of an embedded pair. */
    void putTableau(double[] a, double[] b, double[] e, int stages, boolean withError);

    void putState(int slot, double[] m);

    void getState(int slot, double[] m);

    void putDemagField(double[] b);

    /** The state of a slot in single precision (the fp32 uniform-film kernels copy it without widening). */
    default void getState(int slot, float[] m) {
        double[] d = new double[m.length];
        getState(slot, d);
        for (int i = 0; i < m.length; i++) {
            m[i] = (float) d[i];
        }
    }

    /** The FFT demag field in single precision (the fp32 uniform-film kernels take it without widening). */
    default void putDemagField(float[] b) {
        double[] d = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            d[i] = b[i];
        }
        putDemagField(d);
    }

    void putThermalField(double[] b);

    void getEnergyDensities(double[] out);

    /** Torque k of one stage (3 n, structure of arrays), rad/s. */
    void getStageTorque(int stage, double[] out);

    /** Largest per-cell value of the error (COMBINE) or torque (tracked STAGE 0) array. */
    double maxError();

    void setStage(int stage, int src, int dst, int cur, double dt);

    /**
     * The last stage of a method without error estimate, fused with the combination: torque of stage
     * {@code stage} at {@code src}, then {@code normalize(s[cur] + dt sum_j b_j k_j)} into {@code dst}, which must
     * differ from {@code src} and {@code cur}. Replaces {@link #setCombine} (one launch less per step).
     */
    void setFinalStage(int stage, int src, int dst, int cur, double dt);

    void setCombine(int dst, int cur, double dt);

    void setEnergy(int src);

    void setModes(int demagMode, boolean thermal, boolean precession, boolean trackTorque);
}
