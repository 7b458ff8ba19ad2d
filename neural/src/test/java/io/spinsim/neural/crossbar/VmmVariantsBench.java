package io.spinsim.neural.crossbar;

import com.aparapi.Kernel;
import com.aparapi.Range;
import com.aparapi.device.OpenCLDevice;

import java.util.SplittableRandom;

/** Scratch: VMM kernel layouts on PoCL against the Java twin. */
public final class VmmVariantsBench {

    static final class InputMajor extends Kernel {
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

    /** row-major matrix, one item per (output, vector), contiguous inner loop, 4 partial sums. */
    static final class RowMajor extends Kernel {
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
            int m0 = i * cols;
            float s0 = 0f;
            float s1 = 0f;
            float s2 = 0f;
            float s3 = 0f;
            int j = 0;
            for (; j + 3 < cols; j += 4) {
                s0 += matrix[m0 + j] * input[x0 + j];
                s1 += matrix[m0 + j + 1] * input[x0 + j + 1];
                s2 += matrix[m0 + j + 2] * input[x0 + j + 2];
                s3 += matrix[m0 + j + 3] * input[x0 + j + 3];
            }
            for (; j < cols; j++) {
                s0 += matrix[m0 + j] * input[x0 + j];
            }
            output[gid] = (s0 + s1) + (s2 + s3);
        }
    }

    /** row-major matrix, one item per (output, block of 4 vectors): each matrix load serves 4 vectors. */
    static final class Blocked extends Kernel {
        float[] matrix = new float[1];
        float[] input = new float[1];
        float[] output = new float[1];
        int rows;
        int cols;
        int batch;

        @Override
        public void run() {
            int gid = getGlobalId();
            int blk = gid / rows;
            int i = gid - blk * rows;
            int b0 = blk * 4;
            int m0 = i * cols;
            int x0 = b0 * cols;
            float s0 = 0f;
            float s1 = 0f;
            float s2 = 0f;
            float s3 = 0f;
            for (int j = 0; j < cols; j++) {
                float g = matrix[m0 + j];
                s0 += g * input[x0 + j];
                s1 += g * input[x0 + cols + j];
                s2 += g * input[x0 + 2 * cols + j];
                s3 += g * input[x0 + 3 * cols + j];
            }
            output[b0 * rows + i] = s0;
            output[(b0 + 1) * rows + i] = s1;
            output[(b0 + 2) * rows + i] = s2;
            output[(b0 + 3) * rows + i] = s3;
        }
    }

    /** blocked 4 vectors, j unrolled by 2 (8 accumulators). */
    static final class Blocked42 extends Kernel {
        float[] matrix = new float[1];
        float[] input = new float[1];
        float[] output = new float[1];
        int rows;
        int cols;

        @Override
        public void run() {
            int gid = getGlobalId();
            int blk = gid / rows;
            int i = gid - blk * rows;
            int b0 = blk * 4;
            int m0 = i * cols;
            int x0 = b0 * cols;
            float s0 = 0f;
            float s1 = 0f;
            float s2 = 0f;
            float s3 = 0f;
            float t0 = 0f;
            float t1 = 0f;
            float t2 = 0f;
            float t3 = 0f;
            int j = 0;
            for (; j + 1 < cols; j += 2) {
                float g = matrix[m0 + j];
                float h = matrix[m0 + j + 1];
                s0 += g * input[x0 + j];
                s1 += g * input[x0 + cols + j];
                s2 += g * input[x0 + 2 * cols + j];
                s3 += g * input[x0 + 3 * cols + j];
                t0 += h * input[x0 + j + 1];
                t1 += h * input[x0 + cols + j + 1];
                t2 += h * input[x0 + 2 * cols + j + 1];
                t3 += h * input[x0 + 3 * cols + j + 1];
            }
            for (; j < cols; j++) {
                float g = matrix[m0 + j];
                s0 += g * input[x0 + j];
                s1 += g * input[x0 + cols + j];
                s2 += g * input[x0 + 2 * cols + j];
                s3 += g * input[x0 + 3 * cols + j];
            }
            output[b0 * rows + i] = s0 + t0;
            output[(b0 + 1) * rows + i] = s1 + t1;
            output[(b0 + 2) * rows + i] = s2 + t2;
            output[(b0 + 3) * rows + i] = s3 + t3;
        }
    }

    public static void main(String[] args) {
        int rows = 100;
        int cols = 784;
        int batch = 1000;
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        SplittableRandom r = new SplittableRandom(1);
        float[] m = new float[rows * cols];
        float[] x = new float[batch * cols];
        for (int i = 0; i < m.length; i++) {
            m[i] = (float) r.nextDouble();
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble() < 0.2 ? (float) r.nextDouble() : 0f;
        }
        OpenCLDevice dev = OpenClDevices.first().orElseThrow();
        float[] t = new float[m.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = m[i * cols + j];
            }
        }
        float[] ref = new float[batch * rows];
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < reps; k++) {
                java.util.Arrays.fill(ref, 0f);
                CrossbarVmm.multiplyJava(t, rows, cols, x, batch, ref);
            }
            double java = (System.nanoTime() - t0) / 1e9 / reps;
            System.out.printf("round %d java twin %.2f ms%n", round, java * 1e3);
            for (int local : new int[]{0, 10, 50, 100}) {
                InputMajor a = new InputMajor();
                a.setExplicit(true);
                a.matrix = t; a.input = x; a.output = new float[batch * rows]; a.rows = rows; a.cols = cols;
                a.put(t);
                System.out.printf("  input-major local %3d: %.2f ms%n", local, time(a, dev, batch * rows, local, reps, x, ref) * 1e3);
                a.dispose();
                RowMajor b = new RowMajor();
                b.setExplicit(true);
                b.matrix = m; b.input = x; b.output = new float[batch * rows]; b.rows = rows; b.cols = cols;
                b.put(m);
                System.out.printf("  row-major   local %3d: %.2f ms%n", local, time(b, dev, batch * rows, local, reps, x, ref) * 1e3);
                b.dispose();
                Blocked c = new Blocked();
                c.setExplicit(true);
                c.matrix = m; c.input = x; c.output = new float[batch * rows]; c.rows = rows; c.cols = cols; c.batch = batch;
                c.put(m);
                System.out.printf("  blocked4    local %3d: %.2f ms%n", local, time(c, dev, batch / 4 * rows, local, reps, x, ref) * 1e3);
                c.dispose();
                Blocked42 d = new Blocked42();
                d.setExplicit(true);
                d.matrix = m; d.input = x; d.output = new float[batch * rows]; d.rows = rows; d.cols = cols;
                d.put(m);
                System.out.printf("  blocked4x2  local %3d: %.2f ms%n", local, time(d, dev, batch / 4 * rows, local, reps, x, ref) * 1e3);
                d.dispose();
            }
        }
    }

    private static double time(Kernel k, OpenCLDevice dev, int global, int local, int reps, float[] x, float[] ref) {
        Range range = local == 0 ? dev.createRange(global) : dev.createRange(global, local);
        float[] out = outputOf(k);
        k.put(x);
        k.execute(range);
        k.get(out);
        if (!(k.getTargetDevice() instanceof OpenCLDevice)) {
            throw new IllegalStateException("not on OpenCL: " + k.getClass());
        }
        double err = 0;
        for (int i = 0; i < ref.length; i++) {
            err = Math.max(err, Math.abs(out[i] - ref[i]) / (1 + Math.abs(ref[i])));
        }
        if (err > 1e-4) {
            throw new IllegalStateException("wrong result " + err + " " + k.getClass());
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            k.put(x);
            k.execute(range);
            k.get(out);
        }
        return (System.nanoTime() - t0) / 1e9 / reps;
    }

    private static float[] outputOf(Kernel k) {
        if (k instanceof InputMajor a) {
            return a.output;
        }
        if (k instanceof RowMajor b) {
            return b.output;
        }
        if (k instanceof Blocked42 d) {
            return d.output;
        }
        return ((Blocked) k).output;
    }
}
