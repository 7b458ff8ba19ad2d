package io.spinsim.neural.hw;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.spinsim.neural.crossbar.ConductanceLevels;
import io.spinsim.neural.torch.Tensors;

/**
 * The weight magnitudes a differential pair of a device can hold, as fractions of the weight scale:
 * u_l = (G_l - G_min) / (G_max - G_min), since G+ - G- = k w with the partner at G_min (seed 000, synaptic weight).
 * Quantizing w to sign(w) s u_nearest(|w|/s) is the software twin of {@code DifferentialPairMapping}.
 */
public final class WeightLevels {

    private final float[] unit;
    private final float[] midpoints;
    private final boolean evenlySpaced;

    public WeightLevels(ConductanceLevels levels) {
        int n = levels.count();
        unit = new float[n];
        for (int l = 0; l < n; l++) {
            unit[l] = (float) ((levels.gS()[l] - levels.gMinS()) / levels.windowS());
        }
        midpoints = new float[n - 1];
        for (int l = 1; l < n; l++) {
            midpoints[l - 1] = 0.5f * (unit[l - 1] + unit[l]);
        }
        boolean even = true;
        for (int l = 0; l < n; l++) {
            even &= Math.abs(unit[l] - (float) l / (n - 1)) < 1e-6f;
        }
        evenlySpaced = even;
    }

    public int count() {
        return unit.length;
    }

    /**
     * Weights moved to the nearest representable value; in training mode the gradient passes straight through
     * (w + stopgrad(q(w) - w), Bengio et al. 2013 straight-through estimator).
     */
    public NDArray quantize(NDArray w, float scale, boolean straightThrough) {
        NDManager m = w.getManager();
        NDArray a = w.abs().div(Tensors.scalar(m, scale)).stopGradient();
        NDArray magnitude = evenlySpaced ? evenMagnitude(a) : nearestMagnitude(m, a);
        NDArray q = magnitude.mul(w.sign().stopGradient()).mul(Tensors.scalar(m, scale));
        return straightThrough ? w.add(q.sub(w).stopGradient()) : q;
    }

    /** u_l = l / (N - 1): nearest by rounding (x.5 rounds to even, a measure-zero difference from the search). */
    private NDArray evenMagnitude(NDArray a) {
        NDArray steps = Tensors.scalar(a.getManager(), unit.length - 1);
        return a.clip(0f, 1f).mul(steps).round().div(steps);
    }

    private NDArray nearestMagnitude(NDManager m, NDArray a) {
        NDArray index = m.zeros(a.getShape(), ai.djl.ndarray.types.DataType.INT64);
        for (float mid : midpoints) {
            // ties stay on the lower level, as ConductanceLevels.nearest does
            index = index.add(a.gt(Tensors.scalar(m, mid)).toType(ai.djl.ndarray.types.DataType.INT64, false));
        }
        return Tensors.floats(m, unit).take(index.flatten()).reshape(a.getShape());
    }

    /**
     * Weight scale of a layer: clipSigma standard deviations of its weights, at most max |w| (weights beyond it
     * saturate at the full conductance window).
     */
    public static float scale(NDArray w, float clipSigma) {
        NDArray d = w.stopGradient();
        float max = d.abs().max().getFloat();
        float sigma = (float) Math.sqrt(d.square().mean().getFloat());
        float s = Math.min(max, clipSigma * sigma);
        return s > 0 ? s : 1f;
    }
}
