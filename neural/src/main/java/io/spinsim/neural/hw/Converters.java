package io.spinsim.neural.hw;

import ai.djl.ndarray.NDArray;

/**
 * DAC and ADC of a crossbar's periphery as uniform quantizers: a b-bit DAC drives 2^b - 1 equal voltage steps over
 * [0, full scale]; a b-bit ADC reads 2^b - 1 equal current steps symmetric about zero over [-full scale, full scale]
 * (the midpoint code is zero), clipping outside. Scale invariance lets both work in weight units.
 */
public final class Converters {

    private Converters() {
    }

    public static NDArray dac(NDArray x, int bits, float fullScale) {
        float steps = (1 << bits) - 1;
        return x.clip(0f, fullScale).div(fullScale).mul(steps).round().div(steps).mul(fullScale);
    }

    public static NDArray adc(NDArray y, int bits, float fullScale) {
        float step = 2f * fullScale / ((1 << bits) - 1);
        return y.clip(-fullScale, fullScale).div(step).round().mul(step);
    }
}
