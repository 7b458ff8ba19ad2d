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
        float[] flat = new float[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                flat[i * n + j] = (float) weights[i][j];
            }
        }
        return map(flat, m, n, levels, weightScale);
    }

    /** @param weights row-major rows x cols */
    public static DifferentialPairMapping map(float[] weights, int rows, int cols, ConductanceLevels levels,
                                              double weightScale) {
        int[] pos = new int[rows * cols];
        int[] neg = new int[rows * cols];
        double k = levels.windowS() / weightScale;
        for (int idx = 0; idx < weights.length; idx++) {
            double w = weights[idx];
            int level = levels.nearest(levels.gMinS() + k * Math.abs(w));
            pos[idx] = w > 0 ? level : 0;
            neg[idx] = w > 0 ? 0 : level;
        }
        return new DifferentialPairMapping(levels, weightScale, rows, cols, pos, neg);
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
