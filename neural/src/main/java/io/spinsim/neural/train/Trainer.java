package io.spinsim.neural.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.training.GradientCollector;
import io.spinsim.jobs.nn.TrainingSettings;
import io.spinsim.neural.data.ImageSet;
import io.spinsim.neural.net.Network;
import io.spinsim.neural.net.Synapses;
import io.spinsim.neural.torch.Tensors;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Mini-batch training with Adam on softmax cross-entropy; after each epoch the test set is classified with the
 * evaluation view of the synapses.
 */
public final class Trainer {

    private Trainer() {
    }

    /**
     * @param synapses training == true: the view used in training (e.g. quantized with straight-through);
     *                 false: the view used to report test accuracy
     */
    public static List<EpochRecord> train(Network network, Function<Boolean, Synapses> synapses, ImageSet train,
                                          ImageSet test, TrainingSettings settings, SplittableRandom random,
                                          TrainingListener listener) {
        List<EpochRecord> history = new ArrayList<>();
        NDManager root = network.parameters().manager();
        int epochs = settings.epochs();
        int batchSize = settings.batch_size();
        int batches = (train.count() + batchSize - 1) / batchSize;
        network.parameters().useAdam(settings.learning_rate().floatValue(),
                settings.learning_rate_schedule() == TrainingSettings.Schedule.COSINE, epochs * batches);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            int[] order = Batches.shuffled(train.count(), random);
            double lossSum = 0;
            for (int b = 0; b < batches; b++) {
                int from = b * batchSize;
                int to = Math.min(from + batchSize, train.count());
                float loss;
                try (NDManager m = root.newSubManager()) {
                    network.parameters().lendTo(m);
                    NDArray x = Batches.images(m, train, order, from, to, network.inputShape(to - from));
                    NDArray y = Tensors.ints(m, Batches.labels(train, order, from, to));
                    network.parameters().zeroGradients();
                    try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                        NDArray l = crossEntropy(network.logits(x, synapses.apply(true), true, random), y);
                        gc.backward(l);
                        loss = l.getFloat();
                    }
                }
                network.parameters().step();
                lossSum += loss;
                listener.batch(epoch, epochs, b + 1, batches, loss);
            }
            double acc = Evaluation.run(network, synapses.apply(false), test, 500, random.split()).accuracy();
            history.add(new EpochRecord(epoch, lossSum / batches, acc));
            listener.epoch(epoch, lossSum / batches, acc);
        }
        return history;
    }

    /** Mean softmax cross-entropy of integer labels. */
    public static NDArray crossEntropy(NDArray logits, NDArray labels) {
        return logits.logSoftmax(1).get(new NDIndex().addAllDim().addPickDim(labels.expandDims(1))).neg().mean();
    }
}
