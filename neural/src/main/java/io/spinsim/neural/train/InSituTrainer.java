package io.spinsim.neural.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import io.spinsim.neural.crossbar.ConductanceLevels;
import io.spinsim.neural.crossbar.Gaussian;
import io.spinsim.neural.data.ImageSet;
import io.spinsim.neural.net.Network;
import io.spinsim.neural.net.SoftwareSynapses;
import io.spinsim.neural.torch.Tensors;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * In-situ training on the devices, NeuroSim-style: each weight is one trainable device against a reference device
 * programmed once to the mid-window level, w = (G - G_ref) / k with k = window / (2 s) and s = 4 / sqrt(fan-in)
 * (the weight range of the array). Every batch, backpropagation through the present device weights gives the
 * desired step dw = -lr dL/dw; it is applied as n = |dw| k / dG_mean pulses, stochastically rounded (Gupta et al.
 * 2015), each moving the device one state along its LTP (dw > 0) or LTD (dw < 0) curve from the state nearest its
 * present conductance, landing with that state's cycle-to-cycle spread plus c2cPerPulse window sqrt(n). Each device
 * also keeps a fixed device-to-device offset. Biases are digital and take plain SGD steps.
 */
public final class InSituTrainer {

    private final Network network;
    private final UpdateCurve ltp;
    private final UpdateCurve ltd;
    private final double windowS;
    private final double c2cPerPulseS;
    private final float[][] g;
    private final float[][] offset;
    private final float[][] reference;
    private final float[] k;

    public InSituTrainer(Network network, ConductanceLevels levels, UpdateCurve ltp, UpdateCurve ltd,
                         double c2cPerPulse, boolean variation, SplittableRandom random) {
        this.network = network;
        this.ltp = ltp;
        this.ltd = ltd;
        this.windowS = levels.windowS();
        this.c2cPerPulseS = c2cPerPulse * windowS;
        int layers = network.layers().size();
        g = new float[layers][];
        offset = new float[layers][];
        reference = new float[layers][];
        k = new float[layers];
        double d2d = variation ? meanD2d(levels) : 0;
        int mid = levels.nearest(0.5 * (levels.gMinS() + levels.gMaxS()));
        for (int i = 0; i < layers; i++) {
            int n = Math.toIntExact(network.layers().get(i).rows() * network.layers().get(i).cols());
            k[i] = (float) (windowS / (2 * 4 / Math.sqrt(network.layers().get(i).cols())));
            g[i] = new float[n];
            offset[i] = new float[n];
            reference[i] = new float[n];
            int spread = Math.max(1, ltp.states() / 4);
            int centre = ltp.nearestState((float) levels.gS()[mid]);
            for (int j = 0; j < n; j++) {
                // seed 002: weights start randomly distributed; here within a quarter of the states around the middle
                int state = Math.min(ltp.states() - 1, Math.max(0, centre - spread / 2 + random.nextInt(spread + 1)));
                g[i][j] = ltp.gS()[state];
                offset[i][j] = (float) (d2d * Gaussian.next(random));
                reference[i][j] = (float) (levels.gS()[mid] + (variation ? levels.sigmaC2cS()[mid] * Gaussian.next(random)
                        + d2d * Gaussian.next(random) : 0));
            }
        }
    }

    public List<EpochRecord> train(ImageSet train, ImageSet test, int epochs, int batchSize, float learningRate,
                                   SplittableRandom random, TrainingListener listener) {
        List<EpochRecord> history = new ArrayList<>();
        NDManager root = network.parameters().manager();
        int batches = (train.count() + batchSize - 1) / batchSize;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            int[] order = Batches.shuffled(train.count(), random);
            double lossSum = 0;
            for (int b = 0; b < batches; b++) {
                int from = b * batchSize;
                int to = Math.min(from + batchSize, train.count());
                loadDeviceWeights();
                try (NDManager m = root.newSubManager()) {
                    network.parameters().lendTo(m);
                    NDArray x = Batches.images(m, train, order, from, to, network.inputShape(to - from));
                    NDArray y = Tensors.ints(m, Batches.labels(train, order, from, to));
                    network.parameters().zeroGradients();
                    try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                        NDArray l = Trainer.crossEntropy(
                                network.logits(x, SoftwareSynapses.floating(network), true, random), y);
                        gc.backward(l);
                        lossSum += l.getFloat();
                    }
                }
                applyPulses(learningRate, random);
                listener.batch(epoch, epochs, b + 1, batches, lossSum / (b + 1));
            }
            loadDeviceWeights();
            double acc = Evaluation.run(network, SoftwareSynapses.floating(network), test, 500, random.split()).accuracy();
            history.add(new EpochRecord(epoch, lossSum / batches, acc));
            listener.epoch(epoch, lossSum / batches, acc);
        }
        loadDeviceWeights();
        return history;
    }

    /** Present conductances of the trainable devices of layer i (S). */
    public float[] conductances(int layer) {
        return g[layer].clone();
    }

    private void loadDeviceWeights() {
        for (int i = 0; i < g.length; i++) {
            float[] w = new float[g[i].length];
            for (int j = 0; j < w.length; j++) {
                w[j] = (g[i][j] + offset[i][j] - reference[i][j]) / k[i];
            }
            network.weight(i).set(w);
        }
    }

    private void applyPulses(float learningRate, SplittableRandom random) {
        for (int i = 0; i < g.length; i++) {
            float[] grad = network.weight(i).getGradient().toFloatArray();
            double upStep = windowS / (ltp.states() - 1);
            double downStep = windowS / (ltd.states() - 1);
            for (int j = 0; j < grad.length; j++) {
                double dg = -learningRate * grad[j] * k[i];
                double pulses = Math.abs(dg) / (dg > 0 ? upStep : downStep);
                int n = (int) pulses + (random.nextDouble() < pulses - Math.floor(pulses) ? 1 : 0);
                if (n > 0) {
                    g[i][j] = pulse(g[i][j], n, dg > 0 ? ltp : ltd, random);
                }
            }
        }
        for (var e : network.parameters().all().entrySet()) {
            if (e.getKey().endsWith(".b")) {
                NDArray bias = e.getValue();
                float[] v = bias.toFloatArray();
                float[] gb = bias.getGradient().toFloatArray();
                for (int j = 0; j < v.length; j++) {
                    v[j] -= learningRate * gb[j];
                }
                bias.set(v);
            }
        }
    }

    private float pulse(float gNow, int n, UpdateCurve curve, SplittableRandom random) {
        int state = Math.min(curve.states() - 1, curve.nearestState(gNow) + n);
        double sigma = Math.hypot(curve.sigmaS()[state], c2cPerPulseS * Math.sqrt(n));
        return (float) Math.max(0, curve.gS()[state] + sigma * Gaussian.next(random));
    }

    private static double meanD2d(ConductanceLevels levels) {
        double s = 0;
        for (double v : levels.sigmaD2dS()) {
            s += v;
        }
        return s / levels.count();
    }
}
