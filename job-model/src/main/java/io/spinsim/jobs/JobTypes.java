package io.spinsim.jobs;

import io.spinsim.jobs.crossbar.CrossbarVmmSpec;
import io.spinsim.jobs.device.DeviceProfileSpec;
import io.spinsim.jobs.device.NeuronCharacterizationSpec;
import io.spinsim.jobs.device.SynapseCharacterizationSpec;
import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.nn.CostSpec;
import io.spinsim.jobs.nn.MlpSpec;
import io.spinsim.jobs.nn.QcnnSpec;
import io.spinsim.jobs.nn.SnnSpec;
import io.spinsim.jobs.regression.RegressionExpansion;
import io.spinsim.jobs.regression.RegressionSpec;
import io.spinsim.jobs.sweep.SweepExpansion;
import io.spinsim.jobs.sweep.SweepSpec;

import java.util.List;
import java.util.Optional;

/** Every job type the platform knows. Adding a type adds one line here and one runner in its service. */
public final class JobTypes {

    public static final JobType<LlgSpec> LLG = new JobType<>("llg", LlgSpec.class, Worker.SOLVER,
            "Micromagnetic Landau-Lifshitz-Gilbert simulation of a thin film or multilayer");
    public static final JobType<CrossbarVmmSpec> CROSSBAR_VMM = new JobType<>("crossbar-vmm", CrossbarVmmSpec.class,
            Worker.NN, "Vector-matrix multiply on a differential-pair crossbar of N-level devices");
    public static final JobType<DeviceProfileSpec> DEVICE_PROFILE = new JobType<>("device-profile",
            DeviceProfileSpec.class, Worker.SOLVER, "Device profile (levels, spread) from a closed-form device model");
    public static final JobType<NeuronCharacterizationSpec> NEURON_CHARACTERIZATION = new JobType<>(
            "neuron-characterization", NeuronCharacterizationSpec.class, Worker.SOLVER,
            "LIF neuron under pulse trains: state traces, integrate/leak rates, spike rate against current");
    public static final JobType<SynapseCharacterizationSpec> SYNAPSE_CHARACTERIZATION = new JobType<>(
            "synapse-characterization", SynapseCharacterizationSpec.class, Worker.SOLVER,
            "Micromagnetic synapse under LTP/LTD pulse trains: levels, linearity, symmetry, energy; a device profile");

    public static final JobType<MlpSpec> NN_MLP = new JobType<>("nn-mlp", MlpSpec.class, Worker.NN,
            "Perceptron trained in software, to device levels or in situ, tested on crossbars (Monte Carlo)");
    public static final JobType<SnnSpec> NN_SNN = new JobType<>("nn-snn", SnnSpec.class, Worker.NN,
            "Spiking network of skyrmion or domain-wall LIF neurons with device synapses, tested on crossbars");
    public static final JobType<QcnnSpec> NN_QCNN = new JobType<>("nn-qcnn", QcnnSpec.class, Worker.NN,
            "VGG-like quantized CNN with N-bit device weights, tested on crossbars");
    public static final JobType<CostSpec> NN_COST = new JobType<>("nn-cost", CostSpec.class, Worker.NN,
            "NeuroSim-style area, latency and energy per inference of a network on crossbar subarrays");

    public static final JobType<SweepSpec> SWEEP = new JobType<>("sweep", SweepSpec.class, Worker.SOLVER,
            "Parameter grid over any job type, fanned out as child jobs and aggregated into a table and heat map",
            new SweepExpansion());

    public static final JobType<RegressionSpec> REGRESSION = new JobType<>("regression", RegressionSpec.class,
            Worker.SOLVER, "Suite of reference jobs compared with theory or a reviewed baseline; writes JUnit XML",
            new RegressionExpansion());

    private static final List<JobType<?>> ALL = List.of(SWEEP, REGRESSION, LLG, CROSSBAR_VMM, DEVICE_PROFILE, NEURON_CHARACTERIZATION,
            SYNAPSE_CHARACTERIZATION, NN_MLP, NN_SNN, NN_QCNN, NN_COST);

    private JobTypes() {
    }

    public static List<JobType<?>> all() {
        return ALL;
    }

    public static Optional<JobType<?>> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public static List<String> namesFor(Worker worker) {
        return ALL.stream().filter(t -> t.worker() == worker).map(JobType::name).toList();
    }

    public static List<String> names() {
        return ALL.stream().map(JobType::name).toList();
    }
}
