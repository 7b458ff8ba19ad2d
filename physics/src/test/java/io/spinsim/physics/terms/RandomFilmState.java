package io.spinsim.physics.terms;

import java.util.SplittableRandom;

/**
 * A random magnetization with vacuum cells for the demag convolution tests: per cell, Ms = 0 with probability 0.2
 * (else {@code msValue}), and m with components drawn uniformly from [-1, 1) (not normalized: the convolution is
 * linear in M), structure of arrays (3 n).
 */
public record RandomFilmState(double[] ms, double[] m) {

    public static RandomFilmState of(int cells, long seed, double msValue) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] ms = new double[cells];
        double[] m = new double[3 * cells];
        for (int i = 0; i < cells; i++) {
            ms[i] = random.nextDouble() < 0.2 ? 0 : msValue;
            for (int c = 0; c < 3; c++) {
                m[c * cells + i] = random.nextDouble(-1, 1);
            }
        }
        return new RandomFilmState(ms, m);
    }
}
