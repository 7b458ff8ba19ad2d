package io.spinsim.neural.hw;

import io.spinsim.neural.crossbar.Conductances;
import io.spinsim.neural.crossbar.DifferentialPairMapping;

/**
 * One layer as programmed on a crossbar: its conductances and the weights they encode.
 *
 * @param mapping       weight-to-level mapping (k, levels)
 * @param conductances  programmed G+ and G- (after variation, faults and IR drop)
 */
public record MappedLayer(DifferentialPairMapping mapping, Conductances conductances) {

    /** (G+ - G-) / k of each pair: the weight the crossbar really applies. */
    public float[] effectiveWeights() {
        float k = (float) mapping.siemensPerWeight();
        float[] d = conductances.differentialS();
        for (int i = 0; i < d.length; i++) {
            d[i] /= k;
        }
        return d;
    }

    /** (G+ + G-) / k: what each pair adds to the thermal and shot noise variance (see {@link ReadCircuit}). */
    public float[] summedWeights() {
        double k = mapping.siemensPerWeight();
        float[] p = conductances.gPosS();
        float[] n = conductances.gNegS();
        float[] s = new float[p.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (((double) p[i] + n[i]) / k);
        }
        return s;
    }

    /** (G+^2 + G-^2) / k^2: what each pair adds to the read-noise variance per unit input squared. */
    public float[] squaredWeights() {
        double k = mapping.siemensPerWeight();
        float[] p = conductances.gPosS();
        float[] n = conductances.gNegS();
        float[] s = new float[p.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (((double) p[i] * p[i] + (double) n[i] * n[i]) / (k * k));
        }
        return s;
    }
}
