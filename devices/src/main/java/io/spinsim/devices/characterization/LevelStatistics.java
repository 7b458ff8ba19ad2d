package io.spinsim.devices.characterization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups the reads of one or more devices by skyrmion count into levels and separates their spread: the reads of
 * one device in one state scatter cycle to cycle; the per-device means of a state scatter device to device.
 */
public final class LevelStatistics {

    private LevelStatistics() {
    }

    /** @param devices one trace per device; every trace may visit a state many times (LTP and LTD, cycles) */
    public static List<MeasuredLevel> levels(List<List<PulseSample>> devices) {
        Map<Integer, List<double[]>> byCount = new TreeMap<>();
        for (List<PulseSample> trace : devices) {
            Map<Integer, List<Double>> reads = new TreeMap<>();
            for (PulseSample s : trace) {
                reads.computeIfAbsent(s.skyrmions(), k -> new ArrayList<>()).add(s.conductanceS());
            }
            reads.forEach((k, g) -> byCount.computeIfAbsent(k, x -> new ArrayList<>())
                    .add(g.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        List<MeasuredLevel> levels = new ArrayList<>();
        byCount.forEach((k, perDevice) -> levels.add(level(k, perDevice)));
        levels.sort((a, b) -> Double.compare(a.meanS(), b.meanS()));
        return levels;
    }

    private static MeasuredLevel level(int skyrmions, List<double[]> perDevice) {
        double[] means = perDevice.stream().mapToDouble(LevelStatistics::mean).toArray();
        double ss = 0;
        int reads = 0;
        for (int d = 0; d < perDevice.size(); d++) {
            for (double g : perDevice.get(d)) {
                ss += (g - means[d]) * (g - means[d]);
            }
            reads += perDevice.get(d).length;
        }
        double pooledC2c = reads > perDevice.size() ? Math.sqrt(ss / (reads - perDevice.size())) : 0;
        double d2d = means.length > 1 ? Math.sqrt(variance(means)) : 0;
        return new MeasuredLevel(skyrmions, mean(means), d2d, pooledC2c, reads);
    }

    /**
     * The levels a read can tell apart, ascending: a level counts when its mean exceeds the last counted one by more
     * than twice the larger total spread and by more than the resolution; levels in between are merged into the
     * counted one (it stands for them).
     */
    public static List<MeasuredLevel> distinct(List<MeasuredLevel> levels, double resolutionS) {
        List<MeasuredLevel> distinct = new ArrayList<>();
        for (MeasuredLevel l : levels) {
            MeasuredLevel previous = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
            if (previous == null
                    || l.meanS() - previous.meanS() > Math.max(2 * Math.max(total(previous), total(l)), resolutionS)) {
                distinct.add(l);
            }
        }
        return distinct;
    }

    /** True when the level conductance rises strictly with the skyrmion count (or falls strictly with it). */
    public static boolean monotonicInSkyrmions(List<MeasuredLevel> levels) {
        List<MeasuredLevel> byCount = levels.stream().sorted((a, b) -> Integer.compare(a.skyrmions(), b.skyrmions()))
                .toList();
        boolean rising = true;
        boolean falling = true;
        for (int i = 1; i < byCount.size(); i++) {
            double d = byCount.get(i).meanS() - byCount.get(i - 1).meanS();
            rising &= d > 0;
            falling &= d < 0;
        }
        return rising || falling;
    }

    private static double total(MeasuredLevel l) {
        return Math.hypot(l.sigmaC2cS(), l.sigmaD2dS());
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    private static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double d : v) {
            s += (d - m) * (d - m);
        }
        return s / (v.length - 1);
    }
}
