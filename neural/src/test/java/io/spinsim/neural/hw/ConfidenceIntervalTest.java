package io.spinsim.neural.hw;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConfidenceIntervalTest {

    @Test
    void fiveSamplesUseStudentTWithFourDegreesOfFreedom() {
        // mean 3, sample std sqrt(2.5); half width t(0.975,4) s / sqrt 5 = 2.776 * 1.5811 / 2.2361 = 1.963
        ConfidenceInterval ci = ConfidenceInterval.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0));
        assertThat(ci.mean()).isEqualTo(3.0);
        assertThat(ci.std()).isCloseTo(Math.sqrt(2.5), within(1e-12));
        assertThat(ci.high95() - ci.mean()).isCloseTo(2.776 * Math.sqrt(2.5) / Math.sqrt(5), within(1e-9));
        assertThat(ci.mean() - ci.low95()).isCloseTo(ci.high95() - ci.mean(), within(1e-12));
    }
}
