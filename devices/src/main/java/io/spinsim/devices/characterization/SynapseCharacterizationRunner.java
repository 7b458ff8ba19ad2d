package io.spinsim.devices.characterization;

import io.spinsim.devices.llg.DeviceSimulation;
import io.spinsim.devices.magnetization.CellRegion;
import io.spinsim.devices.profile.ProfileArtifacts;
import io.spinsim.devices.resistance.WriteEnergy;
import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.device.SynapseCharacterizationSpec;
import io.spinsim.jobs.device.SynapseProtocol;
import io.spinsim.jobs.device.WriteEnergyModel;
import io.spinsim.jobs.llg.Mesh;
import io.spinsim.jobs.llg.Shape;
import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.profile.ProfileSource;
import io.spinsim.jobs.profile.ReadConditions;
import io.spinsim.jobs.profile.UpdateCost;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunner;
import io.spinsim.physics.outputs.MzImage;
import io.spinsim.physics.outputs.Snapshot;
import io.spinsim.physics.relax.Relaxer;
import io.spinsim.physics.run.Simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code synapse-characterization} jobs: integrates the micromagnetic synapse through the LTP then LTD pulse
 * trains on the physics engine, reads skyrmions, Q and conductance under the detector after every pulse, and turns
 * the reads into metrics and a device profile.
 */
public final class SynapseCharacterizationRunner implements JobRunner<SynapseCharacterizationSpec> {

    @Override
    public JobType<SynapseCharacterizationSpec> type() {
        return JobTypes.SYNAPSE_CHARACTERIZATION;
    }

    @Override
    public JobOutcome run(SynapseCharacterizationSpec spec, JobContext context) {
        context.progress(0, "building the engine");
        SynapseReadout readout = readout(spec);
        SynapseProtocol protocol = spec.protocol();
        List<PulseSample> trace = new ArrayList<>();
        List<Artifact> images = new ArrayList<>();
        Relaxer.Result relaxed;
        long steps;
        String backend;
        try (DeviceSimulation device = new DeviceSimulation(spec.pulsedDevice(), context)) {
            Simulation simulation = device.simulation();
            Snapshot start = simulation.snapshot(false);
            trace.add(readout.read(PulseSample.Phase.LTP, 0, start));
            images.add(Artifact.png("mz_start.png", MzImage.png(start)));
            simulation.run(protocol.durationS(), List.of(new Simulation.Schedule(protocol.period_s(), false,
                    s -> record(s, protocol, readout, trace, images))), context::progress);
            relaxed = device.relaxed();
            steps = simulation.steps();
            backend = device.backend();
        }
        context.progress(1, "analysing");
        return outcome(spec, trace, images, relaxed, steps, backend, context.jobId().toString());
    }

    /**
     * Read after pulse n = 1, 2, ... (the n-th period end): LTP reads 1..ltp; the last LTP read is also LTD read 0,
     * then LTD reads 1..ltd.
     */
    private static void record(Snapshot s, SynapseProtocol protocol, SynapseReadout readout, List<PulseSample> trace,
                               List<Artifact> images) {
        int n = (int) Math.round(s.t() / protocol.period_s());
        if (n <= protocol.ltp_pulses()) {
            PulseSample read = readout.read(PulseSample.Phase.LTP, n, s);
            trace.add(read);
            if (n == protocol.ltp_pulses()) {
                trace.add(new PulseSample(PulseSample.Phase.LTD, 0, read.timeS(), read.skyrmions(),
                        read.topologicalCharge(), read.conductanceS()));
                images.add(Artifact.png("mz_after_ltp.png", MzImage.png(s)));
            }
        } else {
            trace.add(readout.read(PulseSample.Phase.LTD, n - protocol.ltp_pulses(), s));
            if (n == protocol.ltp_pulses() + protocol.ltd_pulses()) {
                images.add(Artifact.png("mz_after_ltd.png", MzImage.png(s)));
            }
        }
    }

    static SynapseReadout readout(SynapseCharacterizationSpec spec) {
        Mesh mesh = spec.device().mesh();
        Shape d = spec.readout().detector();
        CellRegion cells = new CellRegion(cell(d.x_min_m(), mesh.dx_m()), cell(d.y_min_m(), mesh.dy_m()),
                cell(d.x_max_m(), mesh.dx_m()), cell(d.y_max_m(), mesh.dy_m()));
        return new SynapseReadout(spec.readout().layer(), cells,
                DetectorConductances.of(spec.readout(), mesh.dx_m() * mesh.dy_m()));
    }

    /** First cell whose centre lies at or beyond x. */
    private static int cell(double xM, double dxM) {
        return (int) Math.ceil(xM / dxM - 0.5);
    }

    private static JobOutcome outcome(SynapseCharacterizationSpec spec, List<PulseSample> trace, List<Artifact> images,
                                      Relaxer.Result relaxed, long steps, String backend, String jobId) {
        SynapseMetrics m = new SynapseCharacterization(spec.tolerance()).analyze(List.of(trace));
        SynapseProtocol protocol = spec.protocol();
        WriteEnergy energy = writeEnergy(spec.energy(), spec.device().mesh());
        double j = Math.abs(spec.device().currents().get(0).j_A_per_m2());
        double perPulse = energy.energyJ(j, protocol.pulse_width_s()); // seed 001 eq.6 over one pulse
        DeviceProfile profile = ProfileFromCharacterization.profile(spec.name(), "skyrmion-synapse",
                new ProfileSource("simulated", jobId, "synapse-characterization (LLG) of " + spec.device().name()),
                m, new PulseProtocol(j, protocol.pulse_width_s(), protocol.period_s(), protocol.ltp_pulses(),
                        protocol.ltd_pulses()),
                new UpdateCost(perPulse, protocol.period_s()), new ReadConditions(spec.read_voltage_V(), null));
        Map<String, Object> summary = ProfileArtifacts.windowSummary(profile);
        summary.put("distinct_states", m.distinctStates());
        summary.put("skyrmion_counts_seen", m.levels().stream().map(MeasuredLevel::skyrmions).toList());
        summary.put("levels_monotonic_in_skyrmions", m.monotonic());
        summary.put("r2_ltp", finite(m.ltp().r2()));
        summary.put("r2_ltd", finite(m.ltd().r2()));
        summary.put("nl_ltp", finite(m.ltp().nonlinearity().label()));
        summary.put("nl_ltd", finite(-m.ltd().nonlinearity().label()));
        summary.put("asymmetry", finite(m.asymmetry()));
        summary.put("energy_per_pulse_J", perPulse);
        // seed 001's figure: eq.6 over the time the full swing takes, divided by the states it crosses
        double swing = energy.energyJ(j, m.ltp().lastPulse() * protocol.period_s());
        summary.put("energy_full_swing_J", swing);
        summary.put("energy_per_state_J", swing / Math.max(1, m.distinctStates() - 1));
        summary.put("relaxed", relaxed);
        summary.put("llg_steps", steps);
        summary.put("backend", backend);
        List<Artifact> artifacts = new ArrayList<>();
        if (profile.levels().size() >= 2) {
            artifacts.add(ProfileArtifacts.json(profile));
            artifacts.add(ProfileArtifacts.levelsCsv(profile));
        } else {
            summary.put("artifact", null);
            summary.put("no_profile", "the detector read " + profile.levels().size()
                    + " distinct state: a profile needs at least 2");
        }
        artifacts.add(Artifact.csv("pulses.csv", pulsesCsv(trace, profile)));
        artifacts.addAll(images);
        return new JobOutcome(summary, artifacts);
    }

    static WriteEnergy writeEnergy(WriteEnergyModel e, Mesh mesh) {
        double length = e.length_m() != null ? e.length_m() : mesh.nx() * mesh.dx_m();
        double width = e.width_m() != null ? e.width_m() : mesh.ny() * mesh.dy_m();
        return new WriteEnergy(e.resistivity_ohm_m(), length, width * e.thickness_m());
    }

    private static String pulsesCsv(List<PulseSample> trace, DeviceProfile profile) {
        StringBuilder csv = new StringBuilder("phase,pulse,t_s,skyrmions,q,g_S,weight\n");
        for (PulseSample s : trace) {
            double w = profile.gMaxS() > profile.gMinS()
                    ? (s.conductanceS() - profile.gMinS()) / (profile.gMaxS() - profile.gMinS()) : 0; // seed 001 eq.5
            csv.append(s.phase()).append(',').append(s.pulse()).append(',').append(s.timeS()).append(',')
                    .append(s.skyrmions()).append(',').append(s.topologicalCharge()).append(',')
                    .append(s.conductanceS()).append(',').append(w).append('\n');
        }
        return csv.toString();
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
