package io.spinsim.devices.characterization;

import java.util.Comparator;
import java.util.List;

/**
 * Turns the reads of an LTP pulse train followed by an LTD pulse train, on one or more devices, into levels,
 * linearity, NeuroSim nonlinearity, asymmetry and ON/OFF ratio.
 *
 * @param tolerance fraction of the conductance window (lowest to highest level) below which reads count as equal
 */
public record SynapseCharacterization(double tolerance) {

    /** @param devices one trace (one LTP + LTD cycle) per device */
    public SynapseMetrics analyze(List<List<PulseSample>> devices) {
        return analyzeCycles(devices.stream().map(List::of).toList());
    }

    /**
     * @param devicesCycles for every device, one trace per cycle; levels and their spread from
     *                      {@link LevelStatistics#levelsOfCycles}, update curves averaged over all cycles
     */
    public SynapseMetrics analyzeCycles(List<List<List<PulseSample>>> devicesCycles) {
        List<MeasuredLevel> levels = LevelStatistics.levelsOfCycles(devicesCycles);
        List<List<PulseSample>> devices = devicesCycles.stream().flatMap(List::stream).toList();
        double lowest = levels.get(0).meanS();
        double highest = levels.get(levels.size() - 1).meanS();
        // conductance changes without a change of state are read noise: a single-state device has no window
        double eps = highest > lowest ? tolerance * (highest - lowest) : Double.POSITIVE_INFINITY;
        double[] ltpCurve = meanCurve(devices, PulseSample.Phase.LTP);
        double[] ltdCurve = meanCurve(devices, PulseSample.Phase.LTD);
        UpdateCurveAnalysis ltp = UpdateCurveAnalysis.of(ltpCurve, eps);
        UpdateCurveAnalysis ltd = UpdateCurveAnalysis.of(ltdCurve, eps);
        List<MeasuredLevel> distinct = LevelStatistics.distinct(levels, tolerance * (highest - lowest));
        return new SynapseMetrics(levels, distinct, LevelStatistics.monotonicInSkyrmions(levels), ltp, ltd,
                UpdateAsymmetry.of(ltp, ltd), highest / lowest, ltpCurve, ltdCurve);
    }

    /** Conductance after each pulse of a phase, averaged over traces (all get the same pulse train). */
    private static double[] meanCurve(List<List<PulseSample>> devices, PulseSample.Phase phase) {
        int pulses = devices.get(0).stream().filter(s -> s.phase() == phase).mapToInt(PulseSample::pulse).max()
                .orElse(0);
        double[] curve = new double[pulses + 1];
        for (List<PulseSample> trace : devices) {
            trace.stream().filter(s -> s.phase() == phase).sorted(Comparator.comparingInt(PulseSample::pulse))
                    .forEach(s -> curve[s.pulse()] += s.conductanceS() / devices.size());
        }
        return curve;
    }
}
