package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import io.spinsim.neural.torch.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Multilayer perceptron, e.g. 784-100-10 of seed 002 (Fig. 3a): ReLU hidden layers; biases stay in the digital
 * periphery (added after the crossbar read).
 */
public final class Mlp implements Network {

    private final List<Layer> layers = new ArrayList<>();
    private final Parameters parameters;

    public Mlp(NDManager manager, int[] sizes, SplittableRandom random) {
        parameters = new Parameters(manager);
        for (int i = 0; i + 1 < sizes.length; i++) {
            Dense d = new Dense("fc" + (i + 1), sizes[i], sizes[i + 1]);
            layers.add(d);
            parameters.weight(d.name() + ".w", d.weightShape(), d.in(), Math.sqrt(2), random);
            parameters.zeros(d.name() + ".b", new Shape(d.out()));
        }
    }

    @Override
    public List<Layer> layers() {
        return layers;
    }

    @Override
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public Shape inputShape(int batch) {
        return new Shape(batch, layers.get(0).cols());
    }

    @Override
    public NDArray logits(NDArray x, Synapses synapses, boolean training, SplittableRandom random) {
        NDArray h = x;
        for (int i = 0; i < layers.size(); i++) {
            h = synapses.multiply(i, h).add(parameters.get(layers.get(i).name() + ".b"));
            if (i + 1 < layers.size()) {
                h = Activation.relu(h);
            }
        }
        return h;
    }
}
