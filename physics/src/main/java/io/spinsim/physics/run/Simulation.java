package io.spinsim.physics.run;

import io.spinsim.physics.engine.LlgEngine;
import io.spinsim.physics.outputs.Snapshot;
import io.spinsim.physics.solvers.Stepper;

import java.util.function.Consumer;

/**
 * The time loop: steps the engine to the end time, landing exactly on every output time, hands each output time's
 * snapshot to the sink and reports progress about four times a second.
 */
public final class Simulation {

    /** Progress callback; may throw (e.g. JobCancelledException) to stop the run. */
    public interface Progress {
        void report(double fraction, String message);
    }

    private static final long PROGRESS_NANOS = 250_000_000L;

    private final LlgEngine engine;
    private final Stepper stepper;
    private long steps;

    public Simulation(LlgEngine engine, Stepper stepper) {
        this.engine = engine;
        this.stepper = stepper;
        stepper.attach(engine);
    }

    public long steps() {
        return steps;
    }

    /**
     * Runs from the engine's time to {@code end}, calling {@code sink} at every multiple of {@code interval} (and at
     * the end); energies are computed for the snapshots when {@code withEnergies}.
     */
    public void run(double end, double interval, boolean withEnergies, Consumer<Snapshot> sink, Progress progress) {
        double start = engine.time();
        double nextOutput = start + interval;
        long lastReport = System.nanoTime();
        double eps = 1e-9 * interval;
        while (engine.time() < end - eps) {
            double limit = Math.min(nextOutput, end) - engine.time();
            stepper.advance(engine, limit);
            steps++;
            if (engine.time() >= Math.min(nextOutput, end) - eps) {
                engine.setTime(Math.min(nextOutput, end));
                sink.accept(snapshot(withEnergies));
                nextOutput += interval;
            }
            if (System.nanoTime() - lastReport > PROGRESS_NANOS) {
                lastReport = System.nanoTime();
                progress.report((engine.time() - start) / (end - start),
                        String.format("t = %.4g s, %d steps", engine.time(), steps));
            }
        }
    }

    public Snapshot snapshot(boolean withEnergies) {
        return new Snapshot(engine.time(), engine.grid(), engine.magnetization(),
                withEnergies ? engine.energies() : null, engine.setup().regionOfCell());
    }
}
