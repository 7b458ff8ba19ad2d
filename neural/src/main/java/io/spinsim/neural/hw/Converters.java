package io.spinsim.neural.hw;

import ai.djl.ndarray.NDArray;
import io.spinsim.neural.torch.Tensors;

/**
 * DAC and ADC of a crossbar's periphery as uniform quantizers: a b-bit DAC drives 2^b levels, 2^b - 1 equal voltage
 * steps over [0, full scale]; a b-bit ADC reads the 2^b - 1 codes -(2^(b-1) - 1) .. 2^(b-1) - 1 of a sign-magnitude
 * converter, symmetric about zero over [-full scale, full scale], clipping outside. Scale invariance lets both work
 * in weight units. Constants enter as owned tensors (see {@link Tensors#scalar}).
 */
public final class Converters {

    private Converters() {
    }

    public static NDArray dac(NDArray x, int bits, float fullScale) {
        float step = fullScale / ((1 << bits) - 1);
        return x.clip(0f, fullScale).div(Tensors.scalar(x.getManager(), step)).round()
                .mul(Tensors.scalar(x.getManager(), step));
    }

    public static NDArray adc(NDArray y, int bits, float fullScale) {
        float step = adcStep(bits, fullScale);
        return y.clip(-fullScale, fullScale).div(Tensors.scalar(y.getManager(), step)).round()
                .mul(Tensors.scalar(y.getManager(), step));
    }

    /** Codes -(2^(b-1) - 1) .. 2^(b-1) - 1 times the step reach the full scale (1 bit reads as 3 codes). */
    private static float adcStep(int bits, float fullScale) {
        return fullScale / Math.max(1, (1 << (bits - 1)) - 1);
    }

    /** {@link #dac(NDArray, int, float)} on plain arrays, in place. */
    public static void dac(float[] x, int bits, float fullScale) {
        float step = fullScale / ((1 << bits) - 1);
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.round(Math.min(Math.max(x[i], 0f), fullScale) / step) * step;
        }
    }

    /** {@link #adc(NDArray, int, float)} on plain arrays, in place. */
    public static void adc(float[] y, int bits, float fullScale) {
        float step = adcStep(bits, fullScale);
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.round(Math.min(Math.max(y[i], -fullScale), fullScale) / step) * step;
        }
    }
}
