package io.spinsim.neural.crossbar;

import java.util.SplittableRandom;

/**
 * The physical devices of a differential crossbar. Each device carries a standard-normal device-to-device offset
 * drawn once at fabrication; every programming adds a fresh cycle-to-cycle draw, so a programmed conductance is
 * G = G_l + sigma_d2d,l z_device + sigma_c2c,l z_cycle (seed 002: Gaussian D2D and C2C spread of each level),
 * clipped at 0 S because a conductance cannot be negative.
 */
public final class CrossbarArray {

    private final int rows;
    private final int cols;
    private final float[] d2dPos;
    private final float[] d2dNeg;

    private CrossbarArray(int rows, int cols, float[] d2dPos, float[] d2dNeg) {
        this.rows = rows;
        this.cols = cols;
        this.d2dPos = d2dPos;
        this.d2dNeg = d2dNeg;
    }

    /** Devices with their device-to-device offsets drawn from {@code fabrication}. */
    public static CrossbarArray fabricate(int rows, int cols, SplittableRandom fabrication) {
        return new CrossbarArray(rows, cols, gaussians(rows * cols, fabrication), gaussians(rows * cols, fabrication));
    }

    /** Devices that all sit exactly on their level means. */
    public static CrossbarArray uniform(int rows, int cols) {
        return new CrossbarArray(rows, cols, new float[rows * cols], new float[rows * cols]);
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
            gPos[k] = conductance(levels, mapping.levelPos()[k], d2dPos[k], cycle);
            gNeg[k] = conductance(levels, mapping.levelNeg()[k], d2dNeg[k], cycle);
        }
        return new Conductances(rows, cols, gPos, gNeg);
    }

    private static float conductance(ConductanceLevels levels, int level, float zDevice, SplittableRandom cycle) {
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
}
