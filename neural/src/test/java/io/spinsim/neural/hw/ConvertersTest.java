package io.spinsim.neural.hw;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ConvertersTest {

    @Test
    void aFourBitDacHasSixteenLevelsAndErrsByAtMostHalfAStep() {
        float[] x = new float[1001];
        for (int i = 0; i < x.length; i++) {
            x[i] = i / 1000f;
        }
        float[] q = x.clone();
        Converters.dac(q, 4, 1f);
        assertThat(Arrays.stream(box(q)).distinct().count()).isEqualTo(16);
        for (int i = 0; i < x.length; i++) {
            assertThat(Math.abs(q[i] - x[i])).isLessThanOrEqualTo(0.5f / 15 + 1e-6f);
        }
    }

    @Test
    void adcClipsAtFullScaleAndKeepsZero() {
        float[] y = {-3f, 0f, 0.49f, 2.5f};
        Converters.adc(y, 3, 1f);
        // 3 bits: codes -3..3 of step 1/3, symmetric about 0, the top code at full scale
        assertThat(y[0]).isEqualTo(-1f);
        assertThat(y[1]).isEqualTo(0f);
        assertThat(y[2]).isEqualTo(1f / 3);
        assertThat(y[3]).isEqualTo(1f);
    }

    private static Float[] box(float[] a) {
        Float[] b = new Float[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i];
        }
        return b;
    }
}
