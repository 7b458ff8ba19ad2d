package io.spinsim.devices.neuron;

import io.spinsim.devices.characterization.LinearFit;
import io.spinsim.devices.compact.SkyrmionLifNeuron;
import io.spinsim.devices.llg.DeviceSimulation;
import io.spinsim.jobs.device.NeuronCharacterizationSpec;
import io.spinsim.jobs.device.SkyrmionNeuronLlg;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.physics.outputs.SkyrmionDetector;
import io.spinsim.physics.outputs.Snapshot;
import io.spinsim.physics.run.Simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed 001 skyrmion neuron on the LLG engine: skyrmion centre against time while the current integrates and the
 * anisotropy gradient leaks, straight-line fits of both phases giving nuBar and etaBar of eq.7, and the spike rate of
 * the eq.7 model built from them for every listed current density.
 */
final class SkyrmionNeuronCharacterization {

    private SkyrmionNeuronCharacterization() {
    }

    static JobOutcome run(NeuronCharacterizationSpec spec, JobContext context) {
        SkyrmionNeuronLlg n = spec.skyrmion_llg();
        List<double[]> track = new ArrayList<>();
        String backend;
        try (DeviceSimulation device = new DeviceSimulation(spec.skyrmionRun(), context)) {
            Simulation simulation = device.simulation();
            track.add(position(simulation.snapshot(false), n.layer()));
            simulation.run(n.integrate_s() + n.leak_s(), List.of(new Simulation.Schedule(n.sample_interval_s(), false,
                    s -> track.add(position(s, n.layer())))), context::progress);
            backend = device.backend();
        }
        double j = Math.abs(n.device().currents().get(0).j_A_per_m2());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", spec.name());
        summary.put("model", "seed 001 skyrmion LIF neuron on the LLG engine; eq.7 fitted");
        summary.put("backend", backend);
        boolean survived = track.stream().noneMatch(p -> Double.isNaN(p[1]));
        summary.put("skyrmion_survived", survived);
        summary.put("max_transverse_drift_m", finite(track.stream().filter(p -> !Double.isNaN(p[2]))
                .mapToDouble(p -> Math.abs(p[2] - track.get(0)[2])).max().orElse(Double.NaN)));
        List<Artifact> artifacts = new ArrayList<>(List.of(Artifact.csv("position.csv", positionCsv(track, n))));
        if (survived) {
            fitAndSweep(spec, n, track, j, summary, artifacts);
        }
        context.progress(1, "done");
        return new JobOutcome(summary, artifacts);
    }

    private static void fitAndSweep(NeuronCharacterizationSpec spec, SkyrmionNeuronLlg n, List<double[]> track,
                                    double j, Map<String, Object> summary, List<Artifact> artifacts) {
        double last = track.get(track.size() - 1)[1];
        // the leak slows where edge repulsion balances the gradient: its first-order rate is that of the first half
        double leakEnd = n.integrate_s() + n.leak_s() / 2;
        double vIntegrate = slope(track.stream().filter(p -> p[0] > 0 && p[0] <= n.integrate_s()).toList());
        double vLeak = slope(track.stream().filter(p -> p[0] > n.integrate_s() + n.sample_interval_s()
                && p[0] <= leakEnd).toList());
        double etaBar = -vLeak;
        double nuBar = (vIntegrate + etaBar) / j; // seed 001 eq.7: v = nuBar J - etaBar while driven
        summary.put("integrate_velocity_m_per_s", finite(vIntegrate));
        summary.put("leak_velocity_m_per_s", finite(vLeak));
        summary.put("final_position_m", last);
        summary.put("nu_bar_m_per_s_per_A_per_m2", finite(nuBar));
        summary.put("eta_bar_m_per_s", finite(etaBar));
        summary.put("nu_m_per_A_per_m2", finite(nuBar * n.step_s()));
        summary.put("eta_m", finite(etaBar * n.step_s()));
        // the eq.7 leak stops where the run's skyrmion ended, or at the reset position if it ended further right
        SkyrmionLifNeuron model = new SkyrmionLifNeuron(nuBar, etaBar, n.step_s(), Math.min(last, n.start_m()),
                n.start_m(), n.detector_m());
        StringBuilder csv = new StringBuilder("current_A_per_m2,spike_rate_Hz\n");
        List<Double> rates = new ArrayList<>();
        for (double current : spec.current_densities_A_per_m2()) {
            double rate = spikeRateHz(model, current, spec.duration_s());
            rates.add(rate);
            csv.append(current).append(',').append(rate).append('\n');
        }
        summary.put("eq7_spike_rate_by_current_Hz", rates);
        artifacts.add(Artifact.csv("spike_rate.csv", csv.toString()));
    }

    /** Spikes per second of the eq.7 neuron under a constant input, counted over the duration. */
    static double spikeRateHz(SkyrmionLifNeuron model, double currentAPerM2, double durationS) {
        int steps = (int) Math.floor(durationS / model.dtS() + 1e-9); // whole steps, robust to rounding
        double x = model.startM();
        int spikes = 0;
        for (int k = 0; k < steps; k++) {
            x = model.step(x, currentAPerM2);
            if (model.fires(x)) {
                spikes++;
                x = model.startM();
            }
        }
        return spikes / durationS;
    }

    /** {t, x, y} of the largest skyrmion in the layer; x, y NaN when none is left. */
    private static double[] position(Snapshot s, int layer) {
        return SkyrmionDetector.detect(s, layer).stream().max(Comparator.comparingInt(SkyrmionDetector.Skyrmion::cells))
                .map(k -> new double[]{s.t(), k.x_m(), k.y_m()}).orElse(new double[]{s.t(), Double.NaN, Double.NaN});
    }

    private static double slope(List<double[]> points) {
        if (points.size() < 2) {
            return Double.NaN;
        }
        return LinearFit.of(points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray()).slope();
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String positionCsv(List<double[]> track, SkyrmionNeuronLlg n) {
        StringBuilder csv = new StringBuilder("t_s,x_m,y_m,current_on\n");
        for (double[] p : track) {
            csv.append(p[0]).append(',').append(p[1]).append(',').append(p[2]).append(',')
                    .append(p[0] <= n.integrate_s() ? 1 : 0).append('\n');
        }
        return csv.toString();
    }
}
