package io.spinsim.neural.train;

import io.spinsim.neural.crossbar.ConductanceLevels;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NeuroSimLabelTest {

    @Test
    void labelsGiveNeuroSimsTabulatedCurvatures() {
        // MLP_NeuroSim V3.0 table: label 1 -> A = 1.2517, label 6.01 -> A = 0.1351 (c = 1 / A); 1e-3 relative covers
        // the table's four digits
        assertThat(1 / NeuroSimLabel.curvature(1)).isCloseTo(1.2517, within(1.3e-3));
        assertThat(1 / NeuroSimLabel.curvature(6.01)).isCloseTo(0.1351, within(1.4e-4));
        assertThat(NeuroSimLabel.curvature(0)).isZero();
        assertThat(NeuroSimLabel.curvature(-2)).isEqualTo(-NeuroSimLabel.curvature(2));
    }

    @Test
    void modelCurveDeviatesFromTheLineByItsLabel() {
        // label L: the normalized curve's largest deviation from the line is 0.07 sqrt 2 L; 1001 states resolve the
        // maximum to 1e-6
        double label = 3;
        UpdateCurve ltp = UpdateCurve.neuroSim(1e-5, 1e-4, 1001, label, true);
        UpdateCurve ltd = UpdateCurve.neuroSim(1e-5, 1e-4, 1001, -label, false);
        assertThat(maxDeviation(ltp, true)).isCloseTo(0.07 * Math.sqrt(2) * label, within(1e-4));
        // a negative LTD label saturates: the conductance drops fastest at the first pulses
        assertThat(maxDeviation(ltd, false)).isCloseTo(0.07 * Math.sqrt(2) * label, within(1e-4));
        assertThat(ltd.gS()[0] - ltd.gS()[1]).isGreaterThan(ltd.gS()[999] - ltd.gS()[1000]);
    }

    @Test
    void modelStatesTakeTheSpreadOfTheNearestDeviceLevel() {
        double[] g = {1e-5, 5e-5, 1e-4};
        ConductanceLevels levels = new ConductanceLevels("three", g, new double[3], new double[]{1e-7, 2e-7, 3e-7});
        UpdateCurve c = UpdateCurve.neuroSim(1e-5, 1e-4, 3, 0, true).withSpreadOf(levels);
        // the straight line's states sit at 1e-5, 5.5e-5 and 1e-4 S: nearest levels 0, 1 and 2
        assertThat(c.sigmaS()).containsExactly(1e-7f, 2e-7f, 3e-7f);
    }

    private static double maxDeviation(UpdateCurve c, boolean ltp) {
        int p = c.states() - 1;
        double max = 0;
        for (int i = 0; i <= p; i++) {
            double y = (c.gS()[i] - 1e-5) / 9e-5;
            double progress = ltp ? y : 1 - y;
            max = Math.max(max, progress - (double) i / p);
        }
        return max;
    }
}
