package io.spinsim.neural.crossbar;

import java.util.SplittableRandom;

/**
 * The physical devices of a differential crossbar. Each device carries a standard-normal device-to-device offset
 * drawn once at fabrication, and may be stuck (fabrication defect) at the lowest or highest level; every
 * programming adds a fresh cycle-to-cycle draw, so a working device holds
 * G = G_l + sigma_d2d,l z_device + sigma_c2c,l z_cycle (seed 002: Gaussian D2D and C2C spread of each level),
 * clipped at 0 S because a conductance cannot be negative.
 */
public final class CrossbarArray {

    private static final byte WORKING = 0;
    private static final byte STUCK_LOW = 1;
    private static final byte STUCK_HIGH = 2;

    private final int rows;
    private final int cols;
    private final float[] d2dPos;
    private final float[] d2dNeg;
    private final byte[] faultPos;
    private final byte[] faultNeg;

    private CrossbarArray(int rows, int cols, float[] d2dPos, float[] d2dNeg, byte[] faultPos, byte[] faultNeg) {
        this.rows = rows;
        this.cols = cols;
        this.d2dPos = d2dPos;
        this.d2dNeg = d2dNeg;
        this.faultPos = faultPos;
        this.faultNeg = faultNeg;
    }

    /** Devices with their device-to-device offsets drawn from {@code fabrication}, no stuck devices. */
    public static CrossbarArray fabricate(int rows, int cols, SplittableRandom fabrication) {
        return fabricate(rows, cols, fabrication, true, 0, 0);
    }

    /**
     * @param deviceSpread      draw device-to-device offsets (else every device sits on the level means)
     * @param stuckLowFraction  probability that a device is stuck at the lowest level (stuck-at-G_min)
     * @param stuckHighFraction probability that a device is stuck at the highest level (stuck-at-G_max)
     */
    public static CrossbarArray fabricate(int rows, int cols, SplittableRandom fabrication, boolean deviceSpread,
                                          double stuckLowFraction, double stuckHighFraction) {
        int n = rows * cols;
        float[] zPos = deviceSpread ? gaussians(n, fabrication) : new float[n];
        float[] zNeg = deviceSpread ? gaussians(n, fabrication) : new float[n];
        return new CrossbarArray(rows, cols, zPos, zNeg,
                faults(n, fabrication, stuckLowFraction, stuckHighFraction),
                faults(n, fabrication, stuckLowFraction, stuckHighFraction));
    }

    /** Devices that all sit exactly on their level means. */
    public static CrossbarArray uniform(int rows, int cols) {
        int n = rows * cols;
        return new CrossbarArray(rows, cols, new float[n], new float[n], new byte[n], new byte[n]);
    }

    /**
     * Writes the mapping's levels into the devices.
     *
     * @param cycle source of the cycle-to-cycle draws, or null for none
     */
    public Conductances program(DifferentialPairMapping mapping, SplittableRandom cycle) {
        if (mapping.rows() != rows || mapping.cols() != cols) {
            throw new IllegalArgumentException("mapping " + mapping.rows() + "x" + mapping.cols()
                    + " does not fit array " + rows + "x" + cols);
        }
        ConductanceLevels levels = mapping.levels();
        float[] gPos = new float[rows * cols];
        float[] gNeg = new float[rows * cols];
        for (int k = 0; k < gPos.length; k++) {
            gPos[k] = conductance(levels, mapping.levelPos()[k], d2dPos[k], faultPos[k], cycle);
            gNeg[k] = conductance(levels, mapping.levelNeg()[k], d2dNeg[k], faultNeg[k], cycle);
        }
        return new Conductances(rows, cols, gPos, gNeg);
    }

    private static float conductance(ConductanceLevels levels, int level, float zDevice, byte fault,
                                     SplittableRandom cycle) {
        if (fault == STUCK_LOW) {
            return (float) levels.gMinS();
        }
        if (fault == STUCK_HIGH) {
            return (float) levels.gMaxS();
        }
        double g = levels.gS()[level] + levels.sigmaD2dS()[level] * zDevice;
        if (cycle != null) {
            g += levels.sigmaC2cS()[level] * Gaussian.next(cycle);
        }
        return (float) Math.max(0.0, g);
    }

    private static float[] gaussians(int count, SplittableRandom random) {
        float[] z = new float[count];
        for (int i = 0; i < count; i++) {
            z[i] = (float) Gaussian.next(random);
        }
        return z;
    }

    private static byte[] faults(int count, SplittableRandom random, double low, double high) {
        byte[] f = new byte[count];
        if (low + high <= 0) {
            return f;
        }
        for (int i = 0; i < count; i++) {
            double u = random.nextDouble();
            f[i] = u < low ? STUCK_LOW : u < low + high ? STUCK_HIGH : WORKING;
        }
        return f;
    }
}
