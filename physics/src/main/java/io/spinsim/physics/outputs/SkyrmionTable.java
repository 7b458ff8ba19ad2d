package io.spinsim.physics.outputs;

import java.util.ArrayList;
import java.util.List;

/** Table columns per layer: skyrmion count, mean centre and mean radius of the detected skyrmions. */
public final class SkyrmionTable implements Quantity {

    private final int layers;

    public SkyrmionTable(int layers) {
        this.layers = layers;
    }

    @Override
    public List<String> columns() {
        List<String> names = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            String suffix = layers == 1 ? "" : "_layer" + l;
            names.addAll(List.of("skyrmions" + suffix, "sk_x_m" + suffix, "sk_y_m" + suffix, "sk_radius_m" + suffix));
        }
        return names;
    }

    @Override
    public double[] values(Snapshot s) {
        double[] v = new double[4 * layers];
        for (int l = 0; l < layers; l++) {
            List<SkyrmionDetector.Skyrmion> found = SkyrmionDetector.detect(s, l);
            v[4 * l] = found.size();
            for (SkyrmionDetector.Skyrmion k : found) {
                v[4 * l + 1] += k.x_m() / found.size();
                v[4 * l + 2] += k.y_m() / found.size();
                v[4 * l + 3] += k.radius_m() / found.size();
            }
            if (found.isEmpty()) {
                v[4 * l + 1] = Double.NaN;
                v[4 * l + 2] = Double.NaN;
                v[4 * l + 3] = Double.NaN;
            }
        }
        return v;
    }
}
