package io.spinsim.devices.characterization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinearFitTest {

    @Test
    void exactLineHasUnitRSquared() {
        LinearFit fit = LinearFit.of(new double[]{0, 1, 2, 3}, new double[]{2, 5, 8, 11});
        assertThat(fit.slope()).isCloseTo(3, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(2, within(1e-12));
        assertThat(fit.r2()).isCloseTo(1, within(1e-12));
    }

    @Test
    void rSquaredOfAZigZagIsHandComputed() {
        // y = 0, 1, 0, 1 at x = 0..3: slope 0.2, intercept 0.2; SS_tot = 1, SS_res = 0.8 -> R^2 = 0.2
        LinearFit fit = LinearFit.ofSequence(new double[]{0, 1, 0, 1});
        assertThat(fit.slope()).isCloseTo(0.2, within(1e-12));
        assertThat(fit.r2()).isCloseTo(0.2, within(1e-12));
    }
}
