package io.spinsim.neural.bench;

import ai.djl.ndarray.NDManager;
import io.spinsim.jobs.nn.TrainingSettings;
import io.spinsim.neural.crossbar.ConductanceLevels;
import io.spinsim.neural.data.DataSets;
import io.spinsim.neural.data.ImageSet;
import io.spinsim.neural.hw.CrossbarConditions;
import io.spinsim.neural.hw.DenseCrossbarInference;
import io.spinsim.neural.hw.MappedLayer;
import io.spinsim.neural.hw.MonteCarlo;
import io.spinsim.neural.net.Mlp;
import io.spinsim.neural.net.SoftwareSynapses;
import io.spinsim.neural.torch.Torch;
import io.spinsim.neural.train.Trainer;
import io.spinsim.neural.train.TrainingListener;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Crossbar inference throughput on the MNIST test set with noise on (D2D/C2C variation, 2% read noise, 8-bit DAC
 * and ADC) for a trained 784-100-10 MLP on a 32-level skyrmion profile: the Aparapi kernel, its Java twin, and the
 * numpy reference of neural/bench/crossbar_inference_numpy.py on the same conductances in the same run.
 * Run: java -cp (test class path) io.spinsim.neural.bench.CrossbarInferenceBench [passes]
 */
public final class CrossbarInferenceBench {

    private static final int BATCH = 1000;

    private CrossbarInferenceBench() {
    }

    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        ImageSet train = DataSets.train(DataSets.Name.MNIST);
        ImageSet test = DataSets.test(DataSets.Name.MNIST);
        CrossbarConditions conditions = new CrossbarConditions(true, 0.02, 8, 8, 0, 0, 0);
        ConductanceLevels levels = skyrmion32();
        try (NDManager m = Torch.newManager()) {
            Mlp mlp = new Mlp(m, new int[]{784, 100, 10}, new SplittableRandom(1));
            Trainer.train(mlp, t -> SoftwareSynapses.floating(mlp), train, test.first(1000),
                    new TrainingSettings(2, 100, 1e-3, null, null, null),
                    new SplittableRandom(2), TrainingListener.none());
            List<MappedLayer> chip = MonteCarlo.program(mlp, levels, conditions, 3f, new SplittableRandom(3));
            List<float[]> biases = List.of(mlp.parameters().get("fc1.b").toFloatArray(),
                    mlp.parameters().get("fc2.b").toFloatArray());
            Path dir = Files.createTempDirectory("crossbar-bench");
            export(dir, chip, biases, test, conditions, passes);
            double[] kernel = time(chip, biases, conditions, test, passes, true);
            double[] twin = time(chip, biases, conditions, test, passes, false);
            String numpy = numpy(dir);
            double numpyRate = Double.parseDouble(numpy.replaceAll(".*\"images_per_s\": ([0-9.eE+-]+).*", "$1"));
            System.out.printf("crossbar inference, MNIST test 10000 images, noise on, batch %d, %d passes%n", BATCH, passes);
            System.out.printf("aparapi kernel (OpenCL): %.0f images/s, accuracy %.4f%n", kernel[0], kernel[1]);
            System.out.printf("java twin:               %.0f images/s, accuracy %.4f%n", twin[0], twin[1]);
            System.out.printf("numpy reference:         %s%n", numpy.strip());
            System.out.printf("ratio kernel/numpy %.3f, twin/numpy %.3f%n", kernel[0] / numpyRate, twin[0] / numpyRate);
        }
    }

    private static double[] time(List<MappedLayer> chip, List<float[]> biases, CrossbarConditions c, ImageSet test,
                                 int passes, boolean openCl) {
        try (DenseCrossbarInference inference = new DenseCrossbarInference(chip, biases, c, openCl)) {
            SplittableRandom noise = new SplittableRandom(5);
            double accuracy = pass(inference, test, noise);
            if (openCl && !inference.ranOnOpenCl()) {
                throw new IllegalStateException("kernel did not run on an OpenCL device");
            }
            long t0 = System.nanoTime();
            for (int p = 0; p < passes; p++) {
                accuracy = pass(inference, test, noise);
            }
            return new double[]{passes * test.count() / ((System.nanoTime() - t0) / 1e9), accuracy};
        }
    }

    private static double pass(DenseCrossbarInference inference, ImageSet test, SplittableRandom noise) {
        int correct = 0;
        for (int s = 0; s < test.count(); s += BATCH) {
            int n = Math.min(BATCH, test.count() - s);
            float[] x = new float[n * 784];
            System.arraycopy(test.pixels(), s * 784, x, 0, x.length);
            float[] logits = inference.logits(x, n, noise);
            for (int i = 0; i < n; i++) {
                int best = 0;
                for (int k = 1; k < 10; k++) {
                    best = logits[i * 10 + k] > logits[i * 10 + best] ? k : best;
                }
                correct += best == test.labels()[s + i] ? 1 : 0;
            }
        }
        return (double) correct / test.count();
    }

    private static ConductanceLevels skyrmion32() {
        double gMin = 1 / 9e3;
        double gMax = 1 / 3e3;
        double[] g = new double[32];
        double[] sigma = new double[32];
        for (int i = 0; i < 32; i++) {
            g[i] = gMin + (gMax - gMin) * i / 31;
            sigma[i] = 0.01 * (gMax - gMin);
        }
        return new ConductanceLevels("skyrmion 32-level, 1% spread", g, sigma, sigma);
    }

    private static void export(Path dir, List<MappedLayer> chip, List<float[]> biases, ImageSet test,
                               CrossbarConditions c, int passes) throws IOException {
        for (int l = 0; l < chip.size(); l++) {
            write(dir.resolve("w" + l + ".bin"), chip.get(l).effectiveWeights());
            write(dir.resolve("sq" + l + ".bin"), chip.get(l).squaredWeights());
            write(dir.resolve("b" + l + ".bin"), biases.get(l));
        }
        write(dir.resolve("images.bin"), test.pixels());
        ByteBuffer labels = ByteBuffer.allocate(4 * test.count()).order(ByteOrder.LITTLE_ENDIAN);
        for (int y : test.labels()) {
            labels.putInt(y);
        }
        Files.write(dir.resolve("labels.bin"), labels.array());
        Files.writeString(dir.resolve("meta.json"), String.format(
                "{\"sizes\": [784, 100, 10], \"batch\": %d, \"images\": %d, \"passes\": %d, \"conditions\": "
                        + "{\"read_noise\": %s, \"dac_bits\": %d, \"adc_bits\": %d}}",
                BATCH, test.count(), passes, c.readNoise(), c.dacBits(), c.adcBits()));
    }

    private static void write(Path file, float[] v) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        Files.write(file, b.array());
    }

    private static String numpy(Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("python3", "neural/bench/crossbar_inference_numpy.py", dir.toString());
        // the machine pins OpenBLAS to an old core type for older builds; a current numpy runs faster without
        pb.environment().remove("OPENBLAS_CORETYPE");
        pb.environment().remove("OPENBLAS_L2_SIZE");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("numpy reference failed: " + out);
        }
        return out.lines().reduce((a, b) -> b).orElse("");
    }
}
