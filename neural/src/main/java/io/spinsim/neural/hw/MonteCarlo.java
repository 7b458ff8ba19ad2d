package io.spinsim.neural.hw;

import ai.djl.ndarray.NDManager;
import io.spinsim.neural.crossbar.ConductanceLevels;
import io.spinsim.neural.data.ImageSet;
import io.spinsim.neural.net.Layer;
import io.spinsim.neural.net.Network;
import io.spinsim.neural.train.Accuracy;
import io.spinsim.neural.train.Evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Programs a trained network onto fresh crossbars once per sample (new D2D offsets, faults, C2C draws and read
 * noise) and classifies the test set on each; the first sample's chip is kept for the confusion matrix and the
 * conductance histograms.
 */
public final class MonteCarlo {

    /**
     * @param hardware     accuracy over the samples
     * @param firstChip    layers of sample 0 as programmed
     * @param firstConfusion classification of sample 0
     */
    public record Outcome(HardwareResult hardware, List<MappedLayer> firstChip, Accuracy firstConfusion) {
    }

    private MonteCarlo() {
    }

    public static Outcome run(Network network, ConductanceLevels levels, CrossbarConditions conditions,
                              float clipSigma, ImageSet test, int samples, long seed, IntConsumer afterSample) {
        List<Double> accuracies = new ArrayList<>();
        List<MappedLayer> first = null;
        Accuracy firstAccuracy = null;
        for (int s = 0; s < samples; s++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + s);
            List<MappedLayer> chip = program(network, levels, conditions, clipSigma, random);
            Accuracy a;
            NDManager m = network.parameters().manager();
            try (CrossbarSynapses synapses = new CrossbarSynapses(m, network.layers(), chip, conditions, random.split())) {
                a = Evaluation.run(network, synapses, test, 500, random.split());
            }
            accuracies.add(a.accuracy());
            if (s == 0) {
                first = chip;
                firstAccuracy = a;
            }
            afterSample.accept(s + 1);
        }
        return new Outcome(new HardwareResult(ConfidenceInterval.of(accuracies), accuracies), first,
                firstAccuracy);
    }

    /** Every synaptic layer on its own crossbar, with the weight scale the quantization-aware training used. */
    public static List<MappedLayer> program(Network network, ConductanceLevels levels, CrossbarConditions conditions,
                                            float clipSigma, SplittableRandom random) {
        List<MappedLayer> chip = new ArrayList<>();
        for (int i = 0; i < network.layers().size(); i++) {
            Layer layer = network.layers().get(i);
            float scale = WeightLevels.scale(network.weight(i), clipSigma);
            chip.add(CrossbarMapper.map(network.weight(i).toFloatArray(), (int) layer.rows(), (int) layer.cols(),
                    scale, levels, conditions, random.split()));
        }
        return chip;
    }
}
