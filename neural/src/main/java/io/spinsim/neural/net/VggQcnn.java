package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import io.spinsim.neural.torch.Parameters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * VGG-like quantized CNN of seed 000 (Fig. 9a): six 3x3 convolutions (widths c, c, 2c, 2c, 4c, 4c) with a 2x2 max
 * pooling after every two, then three fully connected layers. Batch normalization and biases belong to the
 * digital periphery after each crossbar read (folded into its scale and offset at inference).
 */
public final class VggQcnn implements Network {

    private static final float BN_MOMENTUM = 0.9f;
    private static final float BN_EPS = 1e-5f;

    private final List<Layer> layers = new ArrayList<>();
    private final Parameters parameters;
    private final Map<String, NDArray[]> runningStats = new HashMap<>();
    private final int channels;
    private final int side;

    public VggQcnn(NDManager manager, int channels, int side, int width, int classes, SplittableRandom random) {
        this.channels = channels;
        this.side = side;
        parameters = new Parameters(manager);
        int[] widths = {width, width, 2 * width, 2 * width, 4 * width, 4 * width};
        long in = channels;
        for (int i = 0; i < widths.length; i++) {
            Conv c = new Conv("conv" + (i + 1), in, widths[i], 3, 1);
            layers.add(c);
            parameters.weight(c.name() + ".w", c.weightShape(), c.cols(), Math.sqrt(2), random);
            parameters.add(c.name() + ".gamma", manager.ones(new Shape(widths[i])));
            parameters.zeros(c.name() + ".beta", new Shape(widths[i]));
            runningStats.put(c.name(), new NDArray[]{manager.zeros(new Shape(widths[i])), manager.ones(new Shape(widths[i]))});
            in = widths[i];
        }
        int pooled = side / 8;
        long[] fc = {in * pooled * pooled, 256, 128, classes};
        for (int i = 0; i < 3; i++) {
            Dense d = new Dense("fc" + (i + 1), fc[i], fc[i + 1]);
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
        return new Shape(batch, channels, side, side);
    }

    @Override
    public NDArray logits(NDArray x, Synapses synapses, boolean training, SplittableRandom random) {
        NDArray h = x;
        for (int i = 0; i < 6; i++) {
            String name = layers.get(i).name();
            NDArray[] stats = runningStats.get(name);
            h = BatchNorm.batchNorm(synapses.multiply(i, h), stats[0], stats[1], parameters.get(name + ".gamma"),
                    parameters.get(name + ".beta"), 1, BN_MOMENTUM, BN_EPS, training).singletonOrThrow();
            h = Activation.relu(h);
            if (i % 2 == 1) {
                h = Pool.maxPool2d(h, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false);
            }
        }
        h = h.reshape(h.getShape().get(0), -1);
        for (int i = 6; i < layers.size(); i++) {
            h = synapses.multiply(i, h).add(parameters.get(layers.get(i).name() + ".b"));
            if (i + 1 < layers.size()) {
                h = Activation.relu(h);
            }
        }
        return h;
    }
}
