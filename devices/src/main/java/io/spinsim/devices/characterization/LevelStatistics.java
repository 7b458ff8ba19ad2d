package io.spinsim.devices.characterization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups the reads of one or more devices by skyrmion count into levels and separates their spread: the reads of
 * one device in one state scatter cycle to cycle; the per-device means of a state scatter device to device
 * ({@link #levelsOfCycles}).
 */
public final class LevelStatistics {

    private LevelStatistics() {
    }

    /** @param devices one trace per device; every trace may visit a state many times (LTP and LTD) */
    public static List<MeasuredLevel> levels(List<List<PulseSample>> devices) {
        return levelsOfCycles(devices.stream().map(List::of).toList());
    }

    /**
     * Levels of devices run through one or more cycles.
     * <p>
     * With one cycle per device, the reads of a state at different pulses of that cycle stand in for its cycles:
     * sigma_c2c is their pooled spread within each device, sigma_d2d the spread of the per-device means. With two or
     * more cycles, each cycle's reads of a state are first averaged, so sigma_c2c is the pooled spread of the cycle
     * means about their device's mean (what changes when the same device is programmed again) and sigma_d2d the
     * spread of the device means less the part of it the cycle noise explains (one-way random-effects analysis of
     * variance: s_d2d^2 = max(0, var(device means) - s_c2c^2 mean(1/n_cycles))).
     *
     * @param devices for every device, one trace per cycle
     */
    public static List<MeasuredLevel> levelsOfCycles(List<List<List<PulseSample>>> devices) {
        boolean cycles = devices.stream().anyMatch(c -> c.size() > 1);
        // skyrmion count -> device -> cycle -> reads
        Map<Integer, List<List<double[]>>> byCount = new TreeMap<>();
        for (List<List<PulseSample>> device : devices) {
            Map<Integer, List<double[]>> perCycle = new TreeMap<>();
            for (List<PulseSample> trace : device) {
                Map<Integer, List<Double>> reads = new TreeMap<>();
                for (PulseSample s : trace) {
                    reads.computeIfAbsent(s.skyrmions(), k -> new ArrayList<>()).add(s.conductanceS());
                }
                reads.forEach((k, g) -> perCycle.computeIfAbsent(k, x -> new ArrayList<>())
                        .add(g.stream().mapToDouble(Double::doubleValue).toArray()));
            }
            perCycle.forEach((k, c) -> byCount.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
        }
        List<MeasuredLevel> levels = new ArrayList<>();
        byCount.forEach((k, perDevice) -> levels.add(cycles ? cycleLevel(k, perDevice)
                : level(k, perDevice.stream().map(c -> c.get(0)).toList())));
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

    /** @param perDevice for every device that visits the state, the reads of it in each cycle that does */
    private static MeasuredLevel cycleLevel(int skyrmions, List<List<double[]>> perDevice) {
        double[] deviceMeans = new double[perDevice.size()];
        double ss = 0;
        int cycleMeans = 0;
        int reads = 0;
        double inverseCycles = 0;
        for (int d = 0; d < perDevice.size(); d++) {
            double[] m = perDevice.get(d).stream().mapToDouble(LevelStatistics::mean).toArray();
            deviceMeans[d] = mean(m);
            for (double g : m) {
                ss += (g - deviceMeans[d]) * (g - deviceMeans[d]);
            }
            cycleMeans += m.length;
            inverseCycles += 1.0 / m.length / perDevice.size();
            reads += perDevice.get(d).stream().mapToInt(r -> r.length).sum();
        }
        double c2c = cycleMeans > perDevice.size() ? Math.sqrt(ss / (cycleMeans - perDevice.size())) : 0;
        double d2d = deviceMeans.length > 1
                ? Math.sqrt(Math.max(0, variance(deviceMeans) - c2c * c2c * inverseCycles)) : 0;
        return new MeasuredLevel(skyrmions, mean(deviceMeans), d2d, c2c, reads);
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
