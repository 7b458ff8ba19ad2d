package io.spinsim.neural.crossbar;

import java.util.SplittableRandom;

/** Standard-normal draws from a {@link SplittableRandom} (which, unlike Random, has no nextGaussian on Java 17). */
public final class Gaussian {

    private Gaussian() {
    }

    /** Box-Muller transform of two uniform draws. */
    public static double next(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
