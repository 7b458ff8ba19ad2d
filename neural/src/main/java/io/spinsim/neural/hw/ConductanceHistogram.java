package io.spinsim.neural.hw;

import java.util.List;

/** Per-layer histograms of programmed conductances (G+ and G- devices together), as CSV. */
public final class ConductanceHistogram {

    private ConductanceHistogram() {
    }

    /** bins equal bins over [0, largest conductance]; columns layer, bin_low_S, bin_high_S, devices. */
    public static String csv(List<String> names, List<float[]> conductances, int bins) {
        float max = 0;
        for (float[] g : conductances) {
            for (float v : g) {
                max = Math.max(max, v);
            }
        }
        double width = max > 0 ? max / bins : 1;
        StringBuilder sb = new StringBuilder("layer,bin_low_S,bin_high_S,devices\n");
        for (int l = 0; l < names.size(); l++) {
            long[] count = new long[bins];
            for (float v : conductances.get(l)) {
                count[Math.min(bins - 1, (int) (v / width))]++;
            }
            for (int b = 0; b < bins; b++) {
                sb.append(names.get(l)).append(',').append(b * width).append(',').append((b + 1) * width)
                        .append(',').append(count[b]).append('\n');
            }
        }
        return sb.toString();
    }

    /** G+ and G- of a programmed layer in one array. */
    public static float[] devices(MappedLayer layer) {
        float[] p = layer.conductances().gPosS();
        float[] n = layer.conductances().gNegS();
        float[] all = new float[p.length + n.length];
        System.arraycopy(p, 0, all, 0, p.length);
        System.arraycopy(n, 0, all, p.length, n.length);
        return all;
    }
}
