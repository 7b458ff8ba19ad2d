package io.spinsim.neural.crossbar;

/**
 * Programmed conductances of a differential crossbar, row-major rows x cols, one array per side of the pair.
 *
 * @param gPosS G+ of each pair (S)
 * @param gNegS G- of each pair (S)
 */
public record Conductances(int rows, int cols, float[] gPosS, float[] gNegS) {

    /** G+ - G- of each pair, the matrix the crossbar multiplies by (S). */
    public float[] differentialS() {
        float[] d = new float[gPosS.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = gPosS[i] - gNegS[i];
        }
        return d;
    }
}
