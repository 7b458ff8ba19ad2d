package io.spinsim.devices.characterization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UpdateCurveAnalysisTest {

    @Test
    void delayAndSaturatedTailAreOutsideTheProgrammingWindow() {
        // seed 001 Fig. 7c shape: no change for the first two reads, one skyrmion per pulse, then saturation
        UpdateCurveAnalysis a = UpdateCurveAnalysis.of(new double[]{0, 0, 1, 2, 3, 4, 5, 6, 7, 7}, 0.14);
        assertThat(a.firstPulse()).isEqualTo(1);
        assertThat(a.lastPulse()).isEqualTo(8);
        assertThat(a.r2()).isCloseTo(1, within(1e-12));
        assertThat(a.nonlinearity().label()).isCloseTo(0, within(1e-6));
    }

    @Test
    void changesWithinTheNoiseBandDoNotOpenTheWindow() {
        // 0.1 of read noise before the first real step of 1
        UpdateCurveAnalysis a = UpdateCurveAnalysis.of(new double[]{0, 0.1, 0.05, 1, 2, 2.1}, 0.14);
        assertThat(a.firstPulse()).isEqualTo(2);
        assertThat(a.lastPulse()).isEqualTo(4);
    }

    @Test
    void fallingCurveIsNormalizedToRiseFromZeroToOne() {
        UpdateCurveAnalysis a = UpdateCurveAnalysis.of(new double[]{7, 5, 3, 1, 0}, 0.14);
        assertThat(a.normalized()).containsExactly(new double[]{0, 2 / 7.0, 4 / 7.0, 6 / 7.0, 1}, within(1e-15));
    }

    @Test
    void readNoiseOfASingleStateDeviceIsNoWindow() {
        UpdateCurveAnalysis a = UpdateCurveAnalysis.of(new double[]{3, 3 + 1e-9, 3}, Double.POSITIVE_INFINITY);
        assertThat(a.responds()).isFalse();
        assertThat(a.r2()).isNaN();
    }
}
