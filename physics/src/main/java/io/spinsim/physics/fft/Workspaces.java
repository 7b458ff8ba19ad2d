package io.spinsim.physics.fft;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The workspaces (FFT scratch, plans and line buffers) of one convolution, handed to its parallel tasks on whatever
 * threads run them: a task takes the most recently returned workspace (the one most likely still in cache) and gives
 * it back, so there are never more than the tasks that run at once, and they go with the convolution. Not a
 * ThreadLocal: the common ForkJoinPool's workers erase their thread locals after every top-level task (JDK 17 makes
 * them with clearThreadLocals), so a per-thread workspace was made anew for nearly every task (measured 2026-12-07:
 * 23252 allocations of a 2 MB scratch in 1000 evaluations of a 256^2 film's FilmDemagFft).
 */
public final class Workspaces<T> {

    private final Supplier<T> make;
    private final ConcurrentLinkedDeque<T> free = new ConcurrentLinkedDeque<>();

    public Workspaces(Supplier<T> make) {
        this.make = make;
    }

    /** Runs task(w, i) for i < count in parallel, each with a workspace no other running task holds. */
    public void forEach(int count, Task<T> task) {
        forEach(count, task, 0, null);
    }

    /**
     * Runs a(w, i) for i < countA and b(w, i) for i < countB, all in parallel. Each task stays a compilation unit of
     * its own: these two call sites see every task of every pass, so C2 does not inline them here; inlined together,
     * a pass's vector code exceeded C2's node budget and its vectors were boxed (measured 2026-12-07: 0.76 MB
     * allocated per 256^2 FilmDemagFft field, in the gathers of one helper).
     */
    public void forEach(int countA, Task<T> a, int countB, Task<T> b) {
        IntStream.range(0, countA + countB).parallel().forEach(i -> {
            T w = free.pollFirst();
            if (w == null) {
                w = make.get();
            }
            try {
                if (i < countA) {
                    a.run(w, i);
                } else {
                    b.run(w, i - countA);
                }
            } finally {
                free.addFirst(w);
            }
        });
    }

    /** Workspaces made so far (between passes all of them are idle here). */
    public int made() {
        return free.size();
    }

    /** A task of {@link #forEach}: its index and a workspace of its own while it runs. */
    @FunctionalInterface
    public interface Task<T> {
        void run(T workspace, int i);
    }
}
