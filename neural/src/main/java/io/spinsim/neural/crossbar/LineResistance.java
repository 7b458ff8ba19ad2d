package io.spinsim.neural.crossbar;

/**
 * IR drop on the crossbar wires, first order: the cell of output line i and input line j sees the wire segments
 * between it and its driver and sense amplifier in series, R_s = r (i + 1 + cols - j), so it conducts
 * G / (1 + G R_s). This neglects the current the other cells draw through the shared segments (which a full nodal
 * solve would add), so it underestimates the drop on large, highly conductive arrays; documented as such.
 */
public final class LineResistance {

    private LineResistance() {
    }

    /** @param segmentOhm resistance of one wire segment between neighbouring cells (0: no IR drop) */
    public static Conductances apply(Conductances g, double segmentOhm) {
        if (segmentOhm <= 0) {
            return g;
        }
        float[] pos = new float[g.gPosS().length];
        float[] neg = new float[pos.length];
        for (int i = 0; i < g.rows(); i++) {
            for (int j = 0; j < g.cols(); j++) {
                int k = i * g.cols() + j;
                double series = segmentOhm * (i + 1 + g.cols() - j);
                pos[k] = (float) (g.gPosS()[k] / (1 + g.gPosS()[k] * series));
                neg[k] = (float) (g.gNegS()[k] / (1 + g.gNegS()[k] * series));
            }
        }
        return new Conductances(g.rows(), g.cols(), pos, neg);
    }
}
