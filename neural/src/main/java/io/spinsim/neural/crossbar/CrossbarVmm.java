package io.spinsim.neural.crossbar;

import com.aparapi.device.OpenCLDevice;

/**
 * Multiplies batches of input vectors by a fixed crossbar matrix (conductances in S, voltages in V, currents in A),
 * either through {@link CrossbarVmmKernel} on an OpenCL device or with its plain-Java twin. The matrix is copied
 * to the device once; each call moves only the inputs and outputs. Not thread-safe: one instance per thread.
 */
public final class CrossbarVmm implements AutoCloseable {

    private final int rows;
    private final int cols;
    private final float[] matrix;
    private final OpenCLDevice device;
    private final CrossbarVmmKernel kernel;

    private CrossbarVmm(int rows, int cols, float[] matrix, OpenCLDevice device) {
        if (matrix.length != rows * cols) {
            throw new IllegalArgumentException("matrix length " + matrix.length + " is not " + rows + "x" + cols);
        }
        this.rows = rows;
        this.cols = cols;
        // the kernel reads G row-major; the Java twin input-major
        this.matrix = device == null ? inputMajor(matrix, rows, cols) : matrix.clone();
        this.device = device;
        this.kernel = device == null ? null : newKernel();
    }

    /** Plain-Java twin. */
    public static CrossbarVmm onJava(int rows, int cols, float[] matrix) {
        return new CrossbarVmm(rows, cols, matrix, null);
    }

    /** Aparapi kernel on an OpenCL device. */
    public static CrossbarVmm onOpenCl(int rows, int cols, float[] matrix, OpenCLDevice device) {
        return new CrossbarVmm(rows, cols, matrix, device);
    }

    /** The kernel on the first OpenCL device when there is one, else the Java twin. */
    public static CrossbarVmm best(int rows, int cols, float[] matrix) {
        return OpenClDevices.first().map(d -> onOpenCl(rows, cols, matrix, d))
                .orElseGet(() -> onJava(rows, cols, matrix));
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /**
     * @param input {@code batch} vectors of length cols, one after another
     * @return {@code batch} vectors of length rows
     */
    public float[] multiply(float[] input, int batch) {
        if (input.length != batch * cols) {
            throw new IllegalArgumentException("input length " + input.length + " is not " + batch + "x" + cols);
        }
        float[] output = new float[batch * rows];
        if (kernel == null) {
            multiplyJava(matrix, rows, cols, input, batch, output);
        } else {
            kernel.input = input;
            kernel.output = output;
            kernel.put(input);
            kernel.execute(device.createRange(batch * rows));
            kernel.get(output);
        }
        return output;
    }

    /**
     * Java twin of {@link CrossbarVmmKernel#run()}: the same sums over the input-major matrix, outputs innermost so
     * that the JIT vectorizes the loop, inputs that are zero (most pixels, silent neurons) skipped. The kernel adds
     * the terms in four partial sums, so results agree to rounding (at most cols ulp of sum |G V|).
     */
    static void multiplyJava(float[] matrix, int rows, int cols, float[] input, int batch, float[] output) {
        for (int b = 0; b < batch; b++) {
            int x0 = b * cols;
            int y0 = b * rows;
            for (int j = 0; j < cols; j++) {
                float x = input[x0 + j];
                if (x == 0f) {
                    continue;
                }
                int m0 = j * rows;
                for (int i = 0; i < rows; i++) {
                    output[y0 + i] += matrix[m0 + i] * x;
                }
            }
        }
    }

    private static float[] inputMajor(float[] rowMajor, int rows, int cols) {
        float[] t = new float[rowMajor.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = rowMajor[i * cols + j];
            }
        }
        return t;
    }

    /** "opencl: device" when the last call ran on an OpenCL device, else "java". */
    public String backend() {
        return ranOnOpenCl() ? "opencl: " + device.getShortDescription() : "java";
    }

    /** True when the kernel really executed on the OpenCL device (Aparapi falls back silently otherwise). */
    public boolean ranOnOpenCl() {
        return kernel != null && kernel.getTargetDevice() instanceof OpenCLDevice;
    }

    @Override
    public void close() {
        if (kernel != null) {
            kernel.dispose();
        }
    }

    private CrossbarVmmKernel newKernel() {
        CrossbarVmmKernel k = new CrossbarVmmKernel();
        k.setExplicit(true);
        k.rows = rows;
        k.cols = cols;
        k.matrix = matrix;
        k.put(matrix);
        return k;
    }
}
