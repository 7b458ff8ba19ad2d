package io.spinsim.neural.jobs;

import ai.djl.ndarray.NDManager;
import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.nn.InSituSettings;
import io.spinsim.jobs.nn.MlpSpec;
import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.profile.Nonlinearity;
import io.spinsim.jobs.profile.UpdateCurves;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunner;
import io.spinsim.neural.crossbar.ConductanceLevels;
import io.spinsim.neural.crossbar.DeviceResolver;
import io.spinsim.neural.data.ImageSet;
import io.spinsim.neural.hw.ConductanceHistogram;
import io.spinsim.neural.hw.CrossbarConditions;
import io.spinsim.neural.hw.MonteCarlo;
import io.spinsim.neural.hw.WeightLevels;
import io.spinsim.neural.net.Mlp;
import io.spinsim.neural.net.SoftwareSynapses;
import io.spinsim.neural.torch.Torch;
import io.spinsim.neural.train.EpochRecord;
import io.spinsim.neural.train.Evaluation;
import io.spinsim.neural.train.InSituTrainer;
import io.spinsim.neural.train.Trainer;
import io.spinsim.neural.train.UpdateCurve;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs an {@code nn-mlp} job: trains the perceptron (float, to the device levels, or in situ on the devices), then
 * programs it onto crossbars of the device and tests it over Monte Carlo device samples (in-situ training has
 * trained the chip itself, so its test accuracy is the device result).
 */
public final class MlpRunner implements JobRunner<MlpSpec> {

    @Override
    public JobType<MlpSpec> type() {
        return JobTypes.NN_MLP;
    }

    @Override
    public JobOutcome run(MlpSpec spec, JobContext context) {
        long start = System.nanoTime();
        context.progress(0, "loading data");
        ImageSet[] data = NetworkJobs.data(spec.dataset(), null, spec.training());
        DeviceProfile profile = DeviceResolver.profile(spec.device(), context.artifacts());
        ConductanceLevels levels = DeviceResolver.levels(spec.device(), profile);
        CrossbarConditions conditions = NetworkJobs.conditions(spec.crossbar(), profile);
        float clip = spec.crossbar().weight_clip_sigma().floatValue();
        SplittableRandom random = new SplittableRandom(spec.training().seed());
        int[] sizes = sizes(spec, data[0]);
        List<String> notes = new ArrayList<>(List.of(
                "ReLU hidden layers; biases in the digital periphery",
                "weight scale per layer: min(max|w|, " + clip + " std(w)), mapped to the full conductance window"));
        try (NDManager manager = Torch.newManager()) {
            Mlp mlp = new Mlp(manager, sizes, random.split());
            WeightLevels weightLevels = new WeightLevels(levels);
            List<EpochRecord> epochs;
            List<Artifact> artifacts = new ArrayList<>();
            MlpSpec.TrainingMode mode = spec.training_mode();
            double trainShare = mode == MlpSpec.TrainingMode.IN_SITU ? 1.0 : 0.8;
            if (mode == MlpSpec.TrainingMode.IN_SITU) {
                InSituSettings s = spec.in_situ();
                InSituTrainer trainer = new InSituTrainer(mlp, levels, curve(levels, profile, s, true, notes),
                        curve(levels, profile, s, false, notes),
                        s.c2c_per_pulse(), conditions.variation(), random.split());
                epochs = trainer.train(data[0], data[1], spec.training().epochs(), spec.training().batch_size(),
                        s.learning_rate().floatValue(), random, NetworkJobs.progress(context, 0.02, trainShare));
                notes.add("in situ: one trainable device per weight against a mid-window reference device, "
                        + "stochastically rounded pulse counts, SGD step " + s.learning_rate());
                artifacts.add(Artifact.csv("confusion_matrix.csv", Evaluation.run(mlp, SoftwareSynapses.floating(mlp),
                        data[1], 500, random.split()).confusionCsv()));
                List<String> names = new ArrayList<>();
                List<float[]> g = new ArrayList<>();
                for (int i = 0; i < mlp.layers().size(); i++) {
                    names.add(mlp.layers().get(i).name());
                    g.add(trainer.conductances(i));
                }
                artifacts.add(Artifact.csv("conductance_histograms.csv", ConductanceHistogram.csv(names, g, 64)));
            } else {
                boolean quantized = mode == MlpSpec.TrainingMode.HARDWARE_AWARE;
                epochs = Trainer.train(mlp, training -> quantized
                                ? SoftwareSynapses.quantized(mlp, weightLevels, clip, training)
                                : SoftwareSynapses.floating(mlp), data[0], data[1], spec.training(), random,
                        NetworkJobs.progress(context, 0.02, trainShare));
            }
            MonteCarlo.Outcome hw = null;
            if (mode != MlpSpec.TrainingMode.IN_SITU) {
                notes.add(NetworkJobs.readNote(conditions));
                hw = MonteCarlo.run(mlp, levels, conditions, clip, data[1], spec.monte_carlo_samples(),
                        spec.training().seed(), s -> context.progress(trainShare + (1 - trainShare) * s
                                / spec.monte_carlo_samples(), "crossbar inference, device sample " + s));
                artifacts.add(Artifact.csv("confusion_matrix.csv", hw.firstConfusion().confusionCsv()));
                artifacts.add(NetworkJobs.histograms(mlp, hw.firstChip()));
            }
            artifacts.add(0, NetworkJobs.epochsCsv(epochs));
            NetworkResult result = new NetworkResult("MLP " + join(sizes), NetworkJobs.name(spec.dataset()),
                    data[0].count(), data[1].count(), Torch.describe(), levels.name(), levels.count(),
                    mode.name().toLowerCase(), epochs, epochs.get(epochs.size() - 1).test_accuracy(),
                    hw == null ? null : hw.hardware(), (System.nanoTime() - start) / 1e9, notes);
            context.progress(1, "done");
            return new JobOutcome(result, artifacts);
        }
    }

    private static int[] sizes(MlpSpec spec, ImageSet train) {
        int[] sizes = new int[spec.hidden().size() + 2];
        sizes[0] = train.imageSize();
        for (int i = 0; i < spec.hidden().size(); i++) {
            sizes[i + 1] = spec.hidden().get(i);
        }
        sizes[sizes.length - 1] = train.classes();
        return sizes;
    }

    /**
     * The LTP or LTD curve in-situ training replays: the NeuroSim model when the spec sets states or nonlinearity,
     * else the profile's measured update curve when it has one (schema v2), else the NeuroSim model with the
     * profile's nonlinearity labels over its levels (schema v2), else its levels in order.
     */
    private static UpdateCurve curve(ConductanceLevels levels, DeviceProfile profile, InSituSettings s, boolean ltp,
                                     List<String> notes) {
        Integer states = ltp ? s.states_ltp() : (s.states_ltd() != null ? s.states_ltd() : s.states_ltp());
        double nl = ltp ? s.nonlinearity_ltp() : s.nonlinearity_ltd();
        String name = ltp ? "LTP" : "LTD";
        if (states != null || nl != 0) {
            notes.add(name + " curve: NeuroSim model, label " + nl + " (in_situ settings)");
            return UpdateCurve.neuroSim(levels.gMinS(), levels.gMaxS(), states != null ? states : levels.count(), nl,
                    ltp).withSpreadOf(levels);
        }
        UpdateCurves measured = profile == null ? null : profile.update_curves();
        io.spinsim.jobs.profile.UpdateCurve c = measured == null ? null : ltp ? measured.ltp() : measured.ltd();
        if (c != null) {
            notes.add(name + " curve: the profile's update_curves, " + c.g_S().size() + " states");
            return UpdateCurve.fromProfile(c, levels);
        }
        Double label = profileLabel(profile, ltp);
        notes.add(name + " curve: " + (label != null ? "NeuroSim model, the profile's nonlinearity label " + label
                : "the profile's levels in order"));
        return label != null
                ? UpdateCurve.neuroSim(levels.gMinS(), levels.gMaxS(), levels.count(), label, ltp).withSpreadOf(levels)
                : UpdateCurve.fromLevels(levels, ltp);
    }

    private static Double profileLabel(DeviceProfile profile, boolean ltp) {
        Nonlinearity n = profile == null ? null : profile.nonlinearity();
        return n == null ? null : ltp ? n.nl_ltp() : n.nl_ltd();
    }

    static String join(int[] sizes) {
        StringBuilder sb = new StringBuilder();
        for (int s : sizes) {
            sb.append(sb.isEmpty() ? "" : "-").append(s);
        }
        return sb.toString();
    }
}
