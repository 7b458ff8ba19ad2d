package io.spinsim.physics.kernel;

import java.util.stream.IntStream;

/**
 * The plain-Java twin of every kernel launch: {@link FusedKernel#runCells(int, int)} (the kernel's own run() on a
 * clone per chunk) over all cells, split in contiguous chunks over the common fork-join pool (Aparapi's own Java
 * thread pool is slower than this loop).
 */
public final class JavaExecutor implements KernelExecutor {

    private static final int MIN_CELLS_PER_CHUNK = 4096;

    private final int threads;

    public JavaExecutor(int threads) {
        this.threads = Math.max(1, threads);
    }

    public static JavaExecutor allCores() {
        return new JavaExecutor(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public void attach(FusedKernel kernel) {
        kernel.aparapiKernel().setExplicit(false);
    }

    @Override
    public void execute(FusedKernel kernel) {
        int n = kernel.cells();
        int chunks = threads == 1 ? 1 : Math.min(4 * threads, Math.max(1, n / MIN_CELLS_PER_CHUNK));
        if (chunks == 1) {
            run(kernel, 0, n);
        } else {
            IntStream.range(0, chunks).parallel()
                    .forEach(c -> run(kernel, (int) ((long) n * c / chunks), (int) ((long) n * (c + 1) / chunks)));
        }
    }

    private static void run(FusedKernel kernel, int from, int to) {
        kernel.runCells(from, to);
    }

    @Override
    public String description() {
        return "java (" + threads + " threads)";
    }

    @Override
    public boolean openCl() {
        return false;
    }

    @Override
    public void close() {
        // nothing held
    }
}
