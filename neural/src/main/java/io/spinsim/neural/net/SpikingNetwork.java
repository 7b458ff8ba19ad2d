package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import io.spinsim.neural.torch.Parameters;
import io.spinsim.neural.torch.Tensors;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Spiking network of device neurons, unrolled over T time steps and trained through time with the arctan surrogate
 * (seed 003) or evaluated on crossbars. Fully connected (seed 001: 784-128-10; seed 003: 784-1000-10) or
 * convolutional (seed 003 CSNN: conv 1-32 k5, max-pool 2, conv 32-64 k5, max-pool 2, fully connected to the
 * classes; padding 0). Every layer ends in device neurons; a hidden neuron resets to rest after it fires (reset
 * detached from the gradient, as snnTorch); output neurons are read by their travel (below). The convolutions'
 * crossbar sums are batch-normalized per channel in the periphery before they drive the neurons (learnable gain and
 * shift; a network-level choice, the neuron is unchanged).
 * <p>
 * Weights are in units of the neuron's threshold input: the synaptic current of a layer is
 * thresholdInput (W s + b), with s the presynaptic spikes (or the image under direct coding) and b a bias current
 * from the periphery (as Nengo's and snnTorch's layers have), so a unit weight carries a neuron at rest to threshold
 * in one step, whatever the device. That scale is the periphery's current gain (seed 001's J per unit weight, seed
 * 003's J0); it keeps one learning rate and one initialization right for devices whose native gains differ by 7x.
 * <p>
 * The class score of an output neuron is its travel in detector lengths: spike count plus the final membrane over
 * the threshold (seed 001: the predicted class is the neuron that fired first, the skyrmion farthest from its start).
 * An output neuron is therefore not reset to rest when it counts: its wall (skyrmion) goes on past the detector and
 * the readout counts each further detector length it passes (reset by subtraction), so the score is its whole
 * travel. Reset to rest, each overshoot is lost and the score is a staircase of the drive (over 6 steps a steady
 * drive gives 6, 3, 2 or 1 spikes), which held the CSNN's train loss near 0.85 (measured on a 10k-image subset).
 * The logits are the travel over sqrt(T), a softmax temperature that leaves the predicted class alone: the travel
 * itself grows like T and saturated the softmax at 20-25 steps (the 20-step skyrmion SNN diverged in its second
 * full-data epoch), the mean travel per step (1/T) is too flat at 6 steps. On 10k-image subsets (1-2 epochs): 25-step
 * FC-SNN 88.4% (travel 82.4%, per step 84.9%), 6-step CSNN 82.5% (80.8%, 78.2%), 20-step skyrmion SNN 89.1%
 * (90.5%, 84.7%).
 */
public final class SpikingNetwork implements Network {

    private static final float SURROGATE_SLOPE = 2f;

    private final List<Layer> layers = new ArrayList<>();
    private final Parameters parameters;
    private final SpikingSetup setup;
    private final boolean convolutional;
    private final int side;
    /** Running mean and variance per channel of each convolution's output (batch norm at evaluation), by layer. */
    private final java.util.Map<String, float[][]> running = new java.util.HashMap<>();

    private SpikingNetwork(NDManager manager, SpikingSetup setup, boolean convolutional, int side) {
        this.parameters = new Parameters(manager);
        this.setup = setup;
        this.convolutional = convolutional;
        this.side = side;
    }

    public static SpikingNetwork fullyConnected(NDManager manager, int[] sizes, SpikingSetup setup,
                                                SplittableRandom random) {
        SpikingNetwork n = new SpikingNetwork(manager, setup, false, 0);
        for (int i = 0; i + 1 < sizes.length; i++) {
            n.add(new Dense("fc" + (i + 1), sizes[i], sizes[i + 1]), random);
        }
        return n;
    }

    public static SpikingNetwork convolutional(NDManager manager, int side, int classes, SpikingSetup setup,
                                               SplittableRandom random) {
        SpikingNetwork n = new SpikingNetwork(manager, setup, true, side);
        n.add(new Conv("conv1", 1, 32, 5, 0), random);
        n.add(new Conv("conv2", 32, 64, 5, 0), random);
        int s = ((side - 4) / 2 - 4) / 2;
        n.add(new Dense("fc1", 64L * s * s, classes), random);
        return n;
    }

    private void add(Layer layer, SplittableRandom random) {
        layers.add(layer);
        parameters.weight(layer.name() + ".w", layer.weightShape(), layer.cols(), setup.weightGain(), random);
        parameters.zeros(layer.name() + ".b", layer instanceof Conv ? new Shape(layer.rows(), 1, 1)
                : new Shape(layer.rows()));
        if (layer instanceof Conv) {
            float[] ones = new float[Math.toIntExact(layer.rows())];
            java.util.Arrays.fill(ones, 1f);
            parameters.add(layer.name() + ".g", Tensors.floats(parameters.manager(), ones, new Shape(layer.rows(), 1, 1)));
            running.put(layer.name(), new float[][]{new float[ones.length], ones.clone()});
        }
    }

    public SpikingSetup setup() {
        return setup;
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
        return convolutional ? new Shape(batch, 1, side, side) : new Shape(batch, layers.get(0).cols());
    }

    /**
     * Runs the network layer by layer: each layer's synaptic currents for all T steps in one crossbar read of T x
     * batch inputs (batch norm statistics over steps, batch and positions), then its neurons step through time. But
     * for those statistics, the same arithmetic as stepping the whole network once per time step: no layer feeds back.
     */
    @Override
    public NDArray logits(NDArray x, Synapses synapses, boolean training, SplittableRandom random) {
        SpikingNeuron neuron = setup.neuron();
        int steps = setup.steps();
        long batch = x.getShape().get(0);
        // direct coding: the image current is the same at every step, one read serves them all
        boolean constant = setup.encoding() == SpikeEncoding.DIRECT;
        NDArray in = constant ? x : bernoulli(x, random);
        NDArray score = null;
        for (int i = 0; i < layers.size(); i++) {
            NDArray current = drive(i, in, synapses, training);
            NDArray byStep = constant ? null
                    : current.reshape(new Shape(steps, batch).addAll(current.getShape().slice(1)));
            boolean output = i == layers.size() - 1;
            NDList spikes = new NDList(steps);
            NDArray count = null;
            NDArray m = null;
            for (int t = 0; t < steps; t++) {
                NDArray c = constant ? current : byStep.get(t);
                m = neuron.integrate(m == null ? c.zerosLike() : m, c);
                NDArray s = ArctanSpike.fire(m, neuron.threshold(), SURROGATE_SLOPE);
                // hidden neurons reset to rest after a spike, output neurons go on by one detector length; both
                // detached from the gradient (snnTorch)
                NDArray fired = s.stopGradient();
                if (output) {
                    m = m.sub(fired.mul(Tensors.scalar(m.getManager(), neuron.threshold())));
                    count = count == null ? s : count.add(s);
                } else {
                    m = m.mul(fired.neg().add(Tensors.scalar(m.getManager(), 1f)));
                    spikes.add(s);
                }
            }
            if (output) {
                NDArray travel = count.add(m.div(Tensors.scalar(count.getManager(), neuron.threshold())));
                score = travel.div(Tensors.scalar(count.getManager(), (float) Math.sqrt(steps)));
            } else {
                NDArray all = NDArrays.stack(spikes, 0);
                in = all.reshape(new Shape(steps * batch).addAll(all.getShape().slice(2)));
                constant = false;
            }
        }
        return score;
    }

    /**
     * Synaptic current into layer i: thresholdInput (crossbar sum + bias), max-pooled after a convolution, the input
     * flattened before a dense layer. A convolution's crossbar sums are batch-normalized per channel in the periphery
     * first (Ioffe and Szegedy 2015: batch statistics in training, running statistics with momentum 0.1 otherwise;
     * learnable gain .g and shift .b), so that its neurons see a drive of about one threshold input whatever the
     * spike rates of the layer before. The statistics are taken over all the layer's steps at once, as tdBN does
     * (Zheng et al. 2021): per-step batch statistics in training would not match the running statistics shared by
     * all steps at inference.
     */
    private NDArray drive(int i, NDArray in, Synapses synapses, boolean training) {
        Layer layer = layers.get(i);
        NDArray input = layer instanceof Dense && in.getShape().dimension() > 2 ? in.reshape(in.getShape().get(0), -1) : in;
        NDArray sum = synapses.multiply(i, input);
        if (layer instanceof Conv) {
            sum = batchNorm(layer, sum, training).mul(parameters.get(layer.name() + ".g"));
        }
        NDArray out = sum.add(parameters.get(layer.name() + ".b"))
                .mul(Tensors.scalar(in.getManager(), setup.neuron().thresholdInput()));
        return layer instanceof Conv ? Pool.maxPool2d(out, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false) : out;
    }

    private static final float BN_EPSILON = 1e-5f;
    private static final float BN_MOMENTUM = 0.1f;

    private NDArray batchNorm(Layer layer, NDArray y, boolean training) {
        var m = y.getManager();
        float[][] stats = running.get(layer.name());
        Shape channel = new Shape(1, layer.rows(), 1, 1);
        NDArray mean;
        NDArray var;
        if (training) {
            mean = channelMean(y);
            var = channelMean(y.sub(mean).square());
            float[] bm = mean.toFloatArray();
            float[] bv = var.toFloatArray();
            for (int c = 0; c < bm.length; c++) {
                stats[0][c] = (1 - BN_MOMENTUM) * stats[0][c] + BN_MOMENTUM * bm[c];
                stats[1][c] = (1 - BN_MOMENTUM) * stats[1][c] + BN_MOMENTUM * bv[c];
            }
        } else {
            mean = Tensors.floats(m, stats[0], channel);
            var = Tensors.floats(m, stats[1], channel);
        }
        return y.sub(mean).div(var.add(Tensors.scalar(m, BN_EPSILON)).sqrt());
    }

    /** Mean over batch, height and width (one axis at a time: equal counts per axis), shape (1, C, 1, 1). */
    private static NDArray channelMean(NDArray y) {
        return y.mean(new int[]{3}, true).mean(new int[]{2}, true).mean(new int[]{0}, true);
    }

    /** Rate coding of all steps at once, shape (steps x batch, ...), step-major: each pixel spikes with its intensity. */
    private NDArray bernoulli(NDArray x, SplittableRandom random) {
        float[] p = x.toFloatArray();
        int steps = setup.steps();
        float[] s = new float[p.length * steps];
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < p.length; i++) {
                s[t * p.length + i] = random.nextDouble() < p[i] ? 1f : 0f;
            }
        }
        Shape shape = new Shape(steps * x.getShape().get(0)).addAll(x.getShape().slice(1));
        return Tensors.floats(x.getManager(), s, shape);
    }
}
