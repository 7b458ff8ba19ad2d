package io.spinsim.neural.crossbar;

import com.aparapi.Kernel;
import com.aparapi.device.OpenCLDevice;

import java.util.SplittableRandom;

/**
 * Work decomposition of the crossbar VMM kernel on the OpenCL device, against the Java twin in the same run:
 * the kernel of {@link CrossbarVmmKernel} (one work item per (vector, output), row-major G, contiguous inner loop,
 * four partial sums) and the earlier layout (one work item per (vector, output) over an input-major G, strided
 * inner loop), on the 784 -> 100 layer of the MNIST MLP with a batch of 1000 vectors, 80% of the inputs zero as
 * in MNIST. Prints milliseconds per batch, best of interleaved rounds.
 * Run: java -cp (test class path) io.spinsim.neural.crossbar.VmmKernelBench [repetitions]
 */
public final class VmmKernelBench {

    private static final int ROWS = 100;
    private static final int COLS = 784;
    private static final int BATCH = 1000;

    /** The earlier layout, kept as the reference of this bench. */
    static final class InputMajorKernel extends Kernel {
        float[] matrix = new float[1];
        float[] input = new float[1];
        float[] output = new float[1];
        int rows;
        int cols;

        @Override
        public void run() {
            int gid = getGlobalId();
            int b = gid / rows;
            int i = gid - b * rows;
            int x0 = b * cols;
            float sum = 0f;
            for (int j = 0; j < cols; j++) {
                sum += matrix[j * rows + i] * input[x0 + j];
            }
            output[gid] = sum;
        }
    }

    private VmmKernelBench() {
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        SplittableRandom r = new SplittableRandom(1);
        float[] g = new float[ROWS * COLS];
        float[] x = new float[BATCH * COLS];
        for (int i = 0; i < g.length; i++) {
            g[i] = (float) (1e-4 * r.nextDouble());
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble() < 0.2 ? (float) (0.1 * r.nextDouble()) : 0f;
        }
        OpenCLDevice device = OpenClDevices.first().orElseThrow(() -> new IllegalStateException("no OpenCL device"));
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        try (CrossbarVmm twin = CrossbarVmm.onJava(ROWS, COLS, g); CrossbarVmm kernel = CrossbarVmm.onOpenCl(ROWS,
                COLS, g, device)) {
            InputMajorKernel earlier = inputMajor(g);
            float[] reference = twin.multiply(x, BATCH);
            check(kernel.multiply(x, BATCH), reference);
            if (!kernel.ranOnOpenCl()) {
                throw new IllegalStateException("kernel did not run on the OpenCL device");
            }
            check(runEarlier(earlier, device, x), reference);
            for (int round = 0; round < 5; round++) {
                best[0] = Math.min(best[0], time(reps, () -> twin.multiply(x, BATCH)));
                best[1] = Math.min(best[1], time(reps, () -> kernel.multiply(x, BATCH)));
                best[2] = Math.min(best[2], time(reps, () -> runEarlier(earlier, device, x)));
            }
            earlier.dispose();
            System.out.printf("VMM %d x %d, batch %d, best of 5 rounds x %d, device %s%n", ROWS, COLS, BATCH, reps,
                    device.getShortDescription());
            System.out.printf("java twin                     %8.2f ms%n", best[0] * 1e3);
            System.out.printf("kernel, row-major (current)   %8.2f ms  (%.2fx the twin's time)%n", best[1] * 1e3,
                    best[1] / best[0]);
            System.out.printf("kernel, input-major (earlier) %8.2f ms  (%.2fx the twin's time)%n", best[2] * 1e3,
                    best[2] / best[0]);
        }
    }

    private static InputMajorKernel inputMajor(float[] g) {
        InputMajorKernel k = new InputMajorKernel();
        float[] t = new float[g.length];
        for (int i = 0; i < ROWS; i++) {
            for (int j = 0; j < COLS; j++) {
                t[j * ROWS + i] = g[i * COLS + j];
            }
        }
        k.setExplicit(true);
        k.matrix = t;
        k.rows = ROWS;
        k.cols = COLS;
        k.output = new float[BATCH * ROWS];
        k.put(t);
        return k;
    }

    private static float[] runEarlier(InputMajorKernel k, OpenCLDevice device, float[] x) {
        k.input = x;
        k.put(x);
        k.execute(device.createRange(BATCH * ROWS));
        k.get(k.output);
        return k.output;
    }

    private static double time(int reps, Runnable r) {
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            r.run();
        }
        return (System.nanoTime() - t0) / 1e9 / reps;
    }

    private static void check(float[] y, float[] reference) {
        double err = 0;
        double scale = 0;
        for (int i = 0; i < y.length; i++) {
            err = Math.max(err, Math.abs(y[i] - reference[i]));
            scale = Math.max(scale, Math.abs(reference[i]));
        }
        if (err > 1e-5 * scale) {
            throw new IllegalStateException("kernel result differs from the twin by " + err);
        }
    }
}
