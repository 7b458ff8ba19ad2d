package io.spinsim.neural.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.spinsim.neural.data.ImageSet;
import io.spinsim.neural.net.Network;
import io.spinsim.neural.net.Synapses;

import java.util.SplittableRandom;

/** Classifies a test set in order and counts the confusion matrix. */
public final class Evaluation {

    private Evaluation() {
    }

    public static Accuracy run(Network network, Synapses synapses, ImageSet test, int batchSize,
                               SplittableRandom random) {
        int[][] confusion = new int[test.classes()][test.classes()];
        int correct = 0;
        int[] order = Batches.inOrder(test.count());
        NDManager root = network.parameters().manager();
        for (int from = 0; from < test.count(); from += batchSize) {
            int to = Math.min(from + batchSize, test.count());
            try (NDManager m = root.newSubManager()) {
                network.parameters().lendTo(m);
                NDArray x = Batches.images(m, test, order, from, to, network.inputShape(to - from));
                NDArray logits = network.logits(x, synapses, false, random);
                long[] predicted = logits.argMax(1).toLongArray();
                int[] y = Batches.labels(test, order, from, to);
                for (int i = 0; i < y.length; i++) {
                    confusion[y[i]][(int) predicted[i]]++;
                    correct += y[i] == predicted[i] ? 1 : 0;
                }
            }
        }
        return new Accuracy((double) correct / test.count(), confusion);
    }
}
