package io.spinsim.devices.characterization;

import java.util.List;

/**
 * What a synapse characterization measures.
 *
 * @param levels          one level per skyrmion count seen, ascending conductance
 * @param distinct        the levels a read can tell apart ({@link LevelStatistics#distinct})
 * @param monotonic       level conductance strictly monotonic in the skyrmion count
 * @param ltp             potentiation curve analysis
 * @param ltd             depression curve analysis
 * @param asymmetry       {@link UpdateAsymmetry}
 * @param onOffRatio      highest over lowest level conductance
 * @param ltpCurveS       mean LTP conductance after each pulse (index 0: before the first)
 * @param ltdCurveS       mean LTD conductance after each pulse
 */
public record SynapseMetrics(List<MeasuredLevel> levels, List<MeasuredLevel> distinct, boolean monotonic,
                             UpdateCurveAnalysis ltp, UpdateCurveAnalysis ltd, double asymmetry, double onOffRatio,
                             double[] ltpCurveS, double[] ltdCurveS) {

    public int distinctStates() {
        return distinct.size();
    }
}
