package io.spinsim.neural.jobs;

import ai.djl.ndarray.NDManager;
import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.nn.SnnSpec;
import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunner;
import io.spinsim.neural.crossbar.ConductanceLevels;
import io.spinsim.neural.crossbar.DeviceResolver;
import io.spinsim.neural.data.ImageSet;
import io.spinsim.neural.hw.CrossbarConditions;
import io.spinsim.neural.hw.MonteCarlo;
import io.spinsim.neural.hw.WeightLevels;
import io.spinsim.neural.net.DomainWallLifNeuron;
import io.spinsim.neural.net.SkyrmionLifNeuron;
import io.spinsim.neural.net.SoftwareSynapses;
import io.spinsim.neural.net.SpikeEncoding;
import io.spinsim.neural.net.SpikingNetwork;
import io.spinsim.neural.net.SpikingNeuron;
import io.spinsim.neural.net.SpikingSetup;
import io.spinsim.neural.torch.Torch;
import io.spinsim.neural.train.EpochRecord;
import io.spinsim.neural.train.Evaluation;
import io.spinsim.neural.train.Trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs an {@code nn-snn} job: a spiking network of device neurons trained through time with the arctan surrogate
 * (synapses on the device levels with a straight-through gradient when a device is given), then run on crossbars
 * over Monte Carlo device samples.
 */
public final class SnnRunner implements JobRunner<SnnSpec> {

    @Override
    public JobType<SnnSpec> type() {
        return JobTypes.NN_SNN;
    }

    @Override
    public JobOutcome run(SnnSpec spec, JobContext context) {
        long start = System.nanoTime();
        context.progress(0, "loading data");
        ImageSet[] data = NetworkJobs.data(spec.dataset(), null, spec.training());
        DeviceProfile profile = spec.device() == null ? null : DeviceResolver.profile(spec.device(), context.artifacts());
        ConductanceLevels levels = spec.device() == null ? null : DeviceResolver.levels(spec.device(), profile);
        CrossbarConditions conditions = NetworkJobs.conditions(spec.crossbar(), profile);
        float clip = spec.crossbar().weight_clip_sigma().floatValue();
        SplittableRandom random = new SplittableRandom(spec.training().seed());
        SpikingNeuron neuron = spec.neuron() == SnnSpec.Neuron.SKYRMION_LIF ? SkyrmionLifNeuron.seed001()
                : withStep(DomainWallLifNeuron.seed003(), spec.neuron_dt_s());
        SpikeEncoding encoding = spec.encoding() == SnnSpec.Encoding.RATE ? SpikeEncoding.RATE : SpikeEncoding.DIRECT;
        List<String> notes = new ArrayList<>(List.of(neuron.describe(),
                "trained through time: Heaviside spikes, arctan surrogate gradient (slope 2), Adam, cross-entropy "
                        + "on the output travel (spike count + final membrane / threshold) over sqrt(steps); hidden "
                        + "neurons reset to rest after a spike, output neurons go on by one detector length (reset by "
                        + "subtraction)",
                "synaptic current = " + neuron.thresholdInput() + " x (W s + b): weights in units of the input that "
                        + "carries a neuron from rest to threshold in one step; bias currents from the periphery",
                "weight scale of a layer (min(max|w|, " + clip + " std(w))) sets its presynaptic spike current"));
        try (NDManager manager = Torch.newManager()) {
            SpikingSetup setup = new SpikingSetup(neuron, encoding, spec.time_steps(), spec.weight_gain());
            SpikingNetwork net = build(spec, manager, data[0], setup, random.split());
            WeightLevels weightLevels = levels == null ? null : new WeightLevels(levels);
            double trainShare = levels == null ? 1.0 : 0.85;
            List<EpochRecord> epochs = Trainer.train(net, training -> weightLevels == null
                            ? SoftwareSynapses.floating(net)
                            : SoftwareSynapses.quantized(net, weightLevels, clip, training), data[0], data[1],
                    spec.training(), random, NetworkJobs.progress(context, 0.02, trainShare));
            List<Artifact> artifacts = new ArrayList<>(List.of(NetworkJobs.epochsCsv(epochs)));
            MonteCarlo.Outcome hw = null;
            if (levels == null) {
                artifacts.add(Artifact.csv("confusion_matrix.csv", Evaluation.run(net, SoftwareSynapses.floating(net),
                        data[1], 500, random.split()).confusionCsv()));
            } else {
                notes.add(NetworkJobs.readNote(conditions));
                hw = MonteCarlo.run(net, levels, conditions, clip, data[1],
                        spec.monte_carlo_samples(), spec.training().seed(), s -> context.progress(
                                trainShare + (1 - trainShare) * s / spec.monte_carlo_samples(),
                                "crossbar inference, device sample " + s));
                artifacts.add(Artifact.csv("confusion_matrix.csv", hw.firstConfusion().confusionCsv()));
                artifacts.add(NetworkJobs.histograms(net, hw.firstChip()));
            }
            NetworkResult result = new NetworkResult(describe(spec, data[0]), NetworkJobs.name(spec.dataset()),
                    data[0].count(), data[1].count(), Torch.describe(), levels == null ? "float synapses" : levels.name(),
                    levels == null ? 0 : levels.count(), levels == null ? "float" : "hardware_aware", epochs,
                    epochs.get(epochs.size() - 1).test_accuracy(), hw == null ? null : hw.hardware(),
                    (System.nanoTime() - start) / 1e9, notes);
            context.progress(1, "done");
            return new JobOutcome(result, artifacts);
        }
    }

    private static SpikingNetwork build(SnnSpec spec, NDManager manager, ImageSet train, SpikingSetup setup,
                                        SplittableRandom random) {
        if (spec.architecture() == SnnSpec.Architecture.CONVOLUTIONAL) {
            return SpikingNetwork.convolutional(manager, train.height(), train.classes(), setup, random);
        }
        return SpikingNetwork.fullyConnected(manager, sizes(spec, train), setup, random);
    }

    private static int[] sizes(SnnSpec spec, ImageSet train) {
        int[] sizes = new int[spec.hidden().size() + 2];
        sizes[0] = train.imageSize();
        for (int i = 0; i < spec.hidden().size(); i++) {
            sizes[i + 1] = spec.hidden().get(i);
        }
        sizes[sizes.length - 1] = train.classes();
        return sizes;
    }

    private static DomainWallLifNeuron withStep(DomainWallLifNeuron n, double dt) {
        return new DomainWallLifNeuron(n.alpha(), n.beta(), n.gamma(), n.j0(), dt, n.threshold());
    }

    private static String describe(SnnSpec spec, ImageSet train) {
        String arch = spec.architecture() == SnnSpec.Architecture.CONVOLUTIONAL
                ? "CSNN conv 1-32 k5, pool 2, conv 32-64 k5, pool 2, dense to " + train.classes()
                : "SNN " + MlpRunner.join(sizes(spec, train));
        return arch + ", " + spec.time_steps() + " steps, " + spec.encoding().name().toLowerCase() + " coding";
    }
}
