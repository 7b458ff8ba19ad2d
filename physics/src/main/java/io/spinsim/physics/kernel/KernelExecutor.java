package io.spinsim.physics.kernel;

/** Runs one launch of a fused kernel over all cells: through OpenCL, or as a plain-Java loop. */
public interface KernelExecutor extends AutoCloseable {

    /** Called once before any buffer is put: switches the kernel to the transfer mode this executor needs. */
    void attach(FusedKernel kernel);

    void execute(FusedKernel kernel);

    /** e.g. {@code java (2 threads)} or {@code opencl: pthread-skylake-avx512 (PoCL)}. */
    String description();

    boolean openCl();

    @Override
    void close();
}
