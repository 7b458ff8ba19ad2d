package io.spinsim.devices.compact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SkyrmionRadiusFitTest {

    private final SkyrmionRadiusFit fit = SkyrmionRadiusFit.SEED_000;

    @Test
    void radiusHalvesAtTheSigmoidCentre() {
        // K = c2: R = beta D / (1 + e^0 + e^{-61}) = 1.03e-4 * 3e-3 / 2 = 1.545e-7 m
        assertThat(fit.radiusM(3e-3, 6.1e5)).isCloseTo(1.545e-7, within(1e-15));
    }

    @Test
    void oneWidthAboveTheCentreTheRadiusIsBetaDOverOnePlusE() {
        // K = c2 + 1/c1 = 6.3e5: R = 3.09e-7 / (1 + e) = 3.09e-7 / 3.718282 = 8.3103e-8 m
        assertThat(fit.radiusM(3e-3, 6.3e5)).isCloseTo(8.3103e-8, within(1e-12));
    }

    @Test
    void radiusFallsMonotonicallyWithAnisotropy() {
        double previous = Double.MAX_VALUE;
        for (double k = 0.5e6; k <= 1.6e6; k += 0.05e6) {
            double r = fit.radiusM(3e-3, k);
            assertThat(r).isLessThan(previous);
            previous = r;
        }
    }

    @Test
    void firstOrderFormIsEq13AsPrinted() {
        // K = 6e5: 3 + 2 * 5e-5 * 6e5 = 63 -> R = 3.09e-7 / 63 = 4.9048e-9 m
        assertThat(fit.firstOrderRadiusM(3e-3, 6e5)).isCloseTo(4.9048e-9, within(1e-13));
    }
}
