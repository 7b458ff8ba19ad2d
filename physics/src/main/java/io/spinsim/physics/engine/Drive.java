package io.spinsim.physics.engine;

/**
 * A time-dependent per-region input of the kernel: applied field or spin torque. Each drive adds its value at
 * time t into the per-region tables (3 values per region, tesla).
 */
public interface Drive {

    /**
     * @param bExt applied flux density per region
     * @param pDl  damping-like spin torque per region (Slonczewski form, T)
     * @param pFl  field-like spin torque per region (T)
     */
    void addTo(double t, double[] bExt, double[] pDl, double[] pFl);

    /** False when the value never changes: the tables are then built once. */
    boolean timeDependent();

    /** Whether it acts during relaxation (only the static uniform field does; pulses and currents do not). */
    boolean activeWhileRelaxing();
}
