package io.spinsim.neural.bench;

import ai.djl.ndarray.NDManager;
import io.spinsim.jobs.nn.TrainingSettings;
import io.spinsim.neural.data.DataSets;
import io.spinsim.neural.data.ImageSet;
import io.spinsim.neural.net.Mlp;
import io.spinsim.neural.net.SoftwareSynapses;
import io.spinsim.neural.torch.Torch;
import io.spinsim.neural.train.Trainer;
import io.spinsim.neural.train.TrainingListener;

import java.util.SplittableRandom;

/**
 * The measurement behind the compute-path choice: one training epoch of the 784-100-10 MLP (60k MNIST images,
 * batch 100) through DJL/PyTorch against the same forward/backward pass in plain Java loops (SGD), in one run.
 * Run: java -cp (test class path) io.spinsim.neural.bench.TrainingPathBench
 */
public final class TrainingPathBench {

    private static final TrainingSettings EPOCH = new TrainingSettings(1, 100, 1e-3, null, null, null);

    private TrainingPathBench() {
    }

    public static void main(String[] args) {
        ImageSet train = DataSets.train(DataSets.Name.MNIST);
        ImageSet test = DataSets.test(DataSets.Name.MNIST).first(1000);
        double djl;
        try (NDManager m = Torch.newManager()) {
            Mlp mlp = new Mlp(m, new int[]{784, 100, 10}, new SplittableRandom(1));
            Trainer.train(mlp, t -> SoftwareSynapses.floating(mlp), train.first(6000), test, EPOCH,
                    new SplittableRandom(2), TrainingListener.none());
            long t0 = System.nanoTime();
            Trainer.train(mlp, t -> SoftwareSynapses.floating(mlp), train, test, EPOCH,
                    new SplittableRandom(2), TrainingListener.none());
            djl = (System.nanoTime() - t0) / 1e9;
        }
        plainJavaEpoch(train.first(6000));
        long t0 = System.nanoTime();
        plainJavaEpoch(train);
        double java = (System.nanoTime() - t0) / 1e9;
        System.out.printf("MLP 784-100-10, one epoch of 60000 images, batch 100:%n");
        System.out.printf("DJL/PyTorch: %.2f s, plain Java loops: %.2f s, ratio java/djl %.1f%n", djl, java, java / djl);
    }

    /** Forward, softmax cross-entropy gradient, backward and SGD step with plain loops. */
    private static void plainJavaEpoch(ImageSet set) {
        int n0 = 784;
        int n1 = 100;
        int n2 = 10;
        SplittableRandom r = new SplittableRandom(1);
        float[] w1 = new float[n1 * n0];
        float[] w2 = new float[n2 * n1];
        for (int i = 0; i < w1.length; i++) {
            w1[i] = (float) ((2 * r.nextDouble() - 1) * Math.sqrt(6.0 / n0));
        }
        for (int i = 0; i < w2.length; i++) {
            w2[i] = (float) ((2 * r.nextDouble() - 1) * Math.sqrt(6.0 / n1));
        }
        float[] h = new float[n1];
        float[] o = new float[n2];
        float[] g1 = new float[w1.length];
        float[] g2 = new float[w2.length];
        float[] dh = new float[n1];
        for (int b = 0; b < set.count(); b += 100) {
            java.util.Arrays.fill(g1, 0f);
            java.util.Arrays.fill(g2, 0f);
            for (int k = b; k < Math.min(b + 100, set.count()); k++) {
                int x0 = k * n0;
                for (int i = 0; i < n1; i++) {
                    float s = 0;
                    for (int j = 0; j < n0; j++) {
                        s += w1[i * n0 + j] * set.pixels()[x0 + j];
                    }
                    h[i] = Math.max(s, 0);
                }
                float max = -Float.MAX_VALUE;
                for (int i = 0; i < n2; i++) {
                    float s = 0;
                    for (int j = 0; j < n1; j++) {
                        s += w2[i * n1 + j] * h[j];
                    }
                    o[i] = s;
                    max = Math.max(max, s);
                }
                float z = 0;
                for (int i = 0; i < n2; i++) {
                    o[i] = (float) Math.exp(o[i] - max);
                    z += o[i];
                }
                java.util.Arrays.fill(dh, 0f);
                for (int i = 0; i < n2; i++) {
                    float d = o[i] / z - (i == set.labels()[k] ? 1 : 0);
                    for (int j = 0; j < n1; j++) {
                        g2[i * n1 + j] += d * h[j];
                        dh[j] += d * w2[i * n1 + j];
                    }
                }
                for (int i = 0; i < n1; i++) {
                    if (h[i] > 0) {
                        for (int j = 0; j < n0; j++) {
                            g1[i * n0 + j] += dh[i] * set.pixels()[x0 + j];
                        }
                    }
                }
            }
            for (int i = 0; i < w1.length; i++) {
                w1[i] -= 0.001f * g1[i];
            }
            for (int i = 0; i < w2.length; i++) {
                w2[i] -= 0.001f * g2[i];
            }
        }
    }
}
