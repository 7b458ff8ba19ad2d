package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import io.spinsim.neural.torch.Parameters;

import java.util.List;
import java.util.SplittableRandom;

/** A classifier whose synaptic layers can live in software or on crossbars. */
public interface Network {

    /** The synaptic layers, in the order {@link Synapses#multiply} is called with. */
    List<Layer> layers();

    Parameters parameters();

    /** Shape of a batch of inputs, e.g. (batch, 784) or (batch, 1, 28, 28). */
    Shape inputShape(int batch);

    /**
     * Class scores of a batch.
     *
     * @param random   source of the network's own randomness (spike encoding); null in no-random evaluation
     * @param training true while training (batch statistics, surrogate gradients)
     */
    NDArray logits(NDArray x, Synapses synapses, boolean training, SplittableRandom random);

    /** Trained weight of synaptic layer i. */
    default NDArray weight(int i) {
        return parameters().get(layers().get(i).name() + ".w");
    }
}
