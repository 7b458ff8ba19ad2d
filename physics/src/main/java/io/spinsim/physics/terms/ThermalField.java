package io.spinsim.physics.terms;

import io.spinsim.physics.PhysicalConstants;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Brown's stochastic thermal field: independent Gaussian components with
 * sigma_B = sqrt(2 alpha kB T / (gamma Ms V dt)) per cell and time step (W. F. Brown, Phys. Rev. 130, 1677 (1963);
 * the mumax3 discretization), drawn once per step and held through the step's stages (Heun: Stratonovich). Seeded:
 * a run with the same seed and grid draws the same noise, whatever the thread count.
 */
public final class ThermalField {

    private static final int CHUNK = 8192;

    private final double[] sigmaSqrtDt;
    private final SplittableRandom random;

    /**
     * @param msOfCell    A/m per cell (0 in vacuum: no noise)
     * @param alphaOfCell damping per cell
     * @param cellVolume  m^3
     * @param temperature K
     */
    public ThermalField(double[] msOfCell, double[] alphaOfCell, double cellVolume, double temperature, long seed) {
        sigmaSqrtDt = new double[msOfCell.length];
        for (int i = 0; i < msOfCell.length; i++) {
            double ms = msOfCell[i];
            sigmaSqrtDt[i] = ms > 0 ? Math.sqrt(2 * alphaOfCell[i] * PhysicalConstants.K_B * temperature
                    / (PhysicalConstants.GAMMA * ms * cellVolume)) : 0;
        }
        random = new SplittableRandom(seed);
    }

    /** Fills out (3 n, structure of arrays) with a fresh draw for a step of dt seconds. */
    public void generate(double dt, double[] out) {
        int n = sigmaSqrtDt.length;
        int chunks = (n + CHUNK - 1) / CHUNK;
        SplittableRandom[] streams = new SplittableRandom[chunks];
        for (int c = 0; c < chunks; c++) {
            streams[c] = random.split();
        }
        double scale = 1 / Math.sqrt(dt);
        IntStream.range(0, chunks).parallel().forEach(c -> {
            SplittableRandom r = streams[c];
            for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
                double s = sigmaSqrtDt[i] * scale;
                out[i] = s * r.nextGaussian();
                out[n + i] = s * r.nextGaussian();
                out[2 * n + i] = s * r.nextGaussian();
            }
        });
    }
}
