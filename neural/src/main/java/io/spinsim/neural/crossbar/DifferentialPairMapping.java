package io.spinsim.neural.crossbar;

/**
 * Maps a weight matrix onto differential device pairs, G+ - G- = k w (seed 000, "Synaptic weight and neural network
 * configuration"): k = (Gmax - Gmin) / weight_scale, the device on the sign's side takes the level nearest to
 * Gmin + k |w| and its partner stays at Gmin, so |w| >= weight_scale saturates at the full window.
 *
 * @param levels      the device's levels
 * @param weightScale |w| mapped to the full conductance window
 * @param rows        output count m
 * @param cols        input count n
 * @param levelPos    level index of G+ for each weight, row-major m x n
 * @param levelNeg    level index of G- for each weight, row-major m x n
 */
public record DifferentialPairMapping(ConductanceLevels levels, double weightScale, int rows, int cols,
                                      int[] levelPos, int[] levelNeg) {

    public static DifferentialPairMapping map(double[][] weights, ConductanceLevels levels, double weightScale) {
        int m = weights.length;
        int n = weights[0].length;
        int[] pos = new int[m * n];
        int[] neg = new int[m * n];
        double k = levels.windowS() / weightScale;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double w = weights[i][j];
                int level = levels.nearest(levels.gMinS() + k * Math.abs(w));
                pos[i * n + j] = w > 0 ? level : 0;
                neg[i * n + j] = w > 0 ? 0 : level;
            }
        }
        return new DifferentialPairMapping(levels, weightScale, m, n, pos, neg);
    }

    /** k of seed 000: conductance per unit weight (S). */
    public double siemensPerWeight() {
        return levels.windowS() / weightScale;
    }

    /** The weight the mean conductances of pair (i, j) encode: (G+ - G-) / k. */
    public double quantizedWeight(int i, int j) {
        int idx = i * cols + j;
        return (levels.gS()[levelPos[idx]] - levels.gS()[levelNeg[idx]]) / siemensPerWeight();
    }
}
