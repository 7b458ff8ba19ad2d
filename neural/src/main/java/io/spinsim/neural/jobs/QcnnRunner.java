package io.spinsim.neural.jobs;

import ai.djl.ndarray.NDManager;
import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.nn.QcnnSpec;
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
import io.spinsim.neural.net.SoftwareSynapses;
import io.spinsim.neural.net.VggQcnn;
import io.spinsim.neural.torch.Torch;
import io.spinsim.neural.train.EpochRecord;
import io.spinsim.neural.train.Trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs an {@code nn-qcnn} job: seed 000's VGG-like CNN trained with every synaptic layer on the device's levels
 * (straight-through), then run on crossbars over Monte Carlo device samples.
 */
public final class QcnnRunner implements JobRunner<QcnnSpec> {

    @Override
    public JobType<QcnnSpec> type() {
        return JobTypes.NN_QCNN;
    }

    @Override
    public JobOutcome run(QcnnSpec spec, JobContext context) {
        long start = System.nanoTime();
        context.progress(0, "loading data");
        ImageSet[] data = NetworkJobs.data(spec.dataset(), spec.cifar10_path(), spec.training());
        DeviceProfile profile = DeviceResolver.profile(spec.device(), context.artifacts());
        ConductanceLevels levels = DeviceResolver.levels(spec.device(), profile);
        CrossbarConditions conditions = NetworkJobs.conditions(spec.crossbar(), profile);
        float clip = spec.crossbar().weight_clip_sigma().floatValue();
        SplittableRandom random = new SplittableRandom(spec.training().seed());
        try (NDManager manager = Torch.newManager()) {
            VggQcnn net = new VggQcnn(manager, data[0].channels(), data[0].height(), spec.width(), data[0].classes(),
                    random.split());
            WeightLevels weightLevels = new WeightLevels(levels);
            List<EpochRecord> epochs = Trainer.train(net,
                    training -> SoftwareSynapses.quantized(net, weightLevels, clip, training), data[0], data[1],
                    spec.training(), random, NetworkJobs.progress(context, 0.02, 0.85));
            MonteCarlo.Outcome hw = MonteCarlo.run(net, levels, conditions, clip, data[1],
                    spec.monte_carlo_samples(), spec.training().seed(), s -> context.progress(
                            0.85 + 0.15 * s / spec.monte_carlo_samples(), "crossbar inference, device sample " + s));
            List<Artifact> artifacts = List.of(NetworkJobs.epochsCsv(epochs),
                    Artifact.csv("confusion_matrix.csv", hw.firstConfusion().confusionCsv()),
                    NetworkJobs.histograms(net, hw.firstChip()));
            int w = spec.width();
            NetworkResult result = new NetworkResult("VGG-like QCNN conv3x3 " + w + "-" + w + "-" + 2 * w + "-" + 2 * w
                    + "-" + 4 * w + "-" + 4 * w + " (max-pool after each pair), dense 256-128-" + data[0].classes(),
                    NetworkJobs.name(spec.dataset()), data[0].count(), data[1].count(), Torch.describe(),
                    levels.name(), levels.count(), "hardware_aware", epochs,
                    epochs.get(epochs.size() - 1).test_accuracy(), hw.hardware(), (System.nanoTime() - start) / 1e9,
                    new ArrayList<>(List.of("batch normalization, biases and ReLU in the digital periphery",
                            "weight scale per layer: min(max|w|, " + clip + " std(w))",
                            NetworkJobs.readNote(conditions))));
            context.progress(1, "done");
            return new JobOutcome(result, artifacts);
        }
    }
}
