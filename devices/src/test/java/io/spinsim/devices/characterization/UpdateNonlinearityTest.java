package io.spinsim.devices.characterization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UpdateNonlinearityTest {

    /** NeuroSim's weight-update model sampled at 101 pulses, normalized A given. */
    private static double[] neuroSimCurve(double aNorm) {
        double[] y = new double[101];
        for (int j = 0; j <= 100; j++) {
            y[j] = (1 - Math.exp(-j / 100.0 / aNorm)) / (1 - Math.exp(-1 / aNorm));
        }
        return y;
    }

    @Test
    void straightLineHasLabelZero() {
        double[] y = new double[11];
        for (int j = 0; j <= 10; j++) {
            y[j] = j / 10.0;
        }
        assertThat(UpdateNonlinearity.fit(y).label()).isCloseTo(0, within(1e-6));
    }

    @Test
    void recoversNeuroSimLabelsFromTheirTabulatedA() {
        // MLP_NeuroSim V3.0 tabulates normalized A = 1.251653 for label 1.00 and 0.1351 for label 6.01; the
        // tolerance 0.01 covers the 4 significant digits of the table
        assertThat(UpdateNonlinearity.fit(neuroSimCurve(1.251653)).label()).isCloseTo(1.00, within(0.01));
        assertThat(UpdateNonlinearity.fit(neuroSimCurve(0.1351)).label()).isCloseTo(6.01, within(0.01));
        assertThat(UpdateNonlinearity.fit(neuroSimCurve(12.625807)).label()).isCloseTo(0.10, within(0.001));
    }

    @Test
    void acceleratingCurveHasNegativeLabel() {
        double[] saturating = neuroSimCurve(1.251653);
        double[] accelerating = new double[saturating.length];
        for (int j = 0; j < saturating.length; j++) {
            accelerating[j] = 1 - saturating[saturating.length - 1 - j];
        }
        assertThat(UpdateNonlinearity.fit(accelerating).label()).isCloseTo(-1.00, within(0.01));
    }

    @Test
    void maxDeviationOfTheModelIsCOverEightForNearlyLinearCurves() {
        // f(x) - x ~ c x (1 - x)/2 for small c, largest at x = 1/2: c/8
        assertThat(UpdateNonlinearity.maxDeviation(1e-3)).isCloseTo(1e-3 / 8, within(1e-9));
    }
}
