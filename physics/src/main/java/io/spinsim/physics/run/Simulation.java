package io.spinsim.physics.run;

import io.spinsim.physics.engine.LlgEngine;
import io.spinsim.physics.outputs.Snapshot;
import io.spinsim.physics.solvers.Stepper;

import java.util.List;
import java.util.function.Consumer;

/**
 * The time loop: steps the engine to the end time, landing exactly on the output times of every schedule, hands
 * each schedule its snapshots and reports progress about four times a second. Knows no term and no integrator.
 */
public final class Simulation {

    /** Progress callback; may throw (e.g. JobCancelledException) to stop the run. */
    public interface Progress {
        void report(double fraction, String message);
    }

    /**
     * An output written every {@code interval} seconds.
     *
     * @param withEnergies whether its snapshots need the energies (an extra field evaluation)
     */
    public record Schedule(double interval, boolean withEnergies, Consumer<Snapshot> sink) {
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

    /** Runs from the engine's time to {@code end}; every schedule also fires at the end if not just fired. */
    public void run(double end, List<Schedule> schedules, Progress progress) {
        double start = engine.time();
        double[] next = new double[schedules.size()];
        for (int i = 0; i < next.length; i++) {
            next[i] = start + schedules.get(i).interval();
        }
        double eps = 1e-9 * (end - start);
        long lastReport = System.nanoTime();
        while (engine.time() < end - eps) {
            double target = end;
            for (double t : next) {
                target = Math.min(target, t);
            }
            stepper.advance(engine, target - engine.time());
            steps++;
            if (engine.time() >= target - eps) {
                engine.setTime(target);
                fire(schedules, next, target, end, eps);
            }
            if (System.nanoTime() - lastReport > PROGRESS_NANOS) {
                lastReport = System.nanoTime();
                progress.report((engine.time() - start) / (end - start),
                        String.format("t = %.4g s, %d steps", engine.time(), steps));
            }
        }
    }

    private void fire(List<Schedule> schedules, double[] next, double now, double end, double eps) {
        Snapshot plain = null;
        Snapshot full = null;
        for (int i = 0; i < next.length; i++) {
            if (next[i] <= now + eps || (now >= end - eps && next[i] - schedules.get(i).interval() < now - eps)) {
                Schedule s = schedules.get(i);
                if (s.withEnergies()) {
                    full = full != null ? full : snapshot(true);
                    s.sink().accept(full);
                } else {
                    plain = plain != null ? plain : (full != null ? full : snapshot(false));
                    s.sink().accept(plain);
                }
                next[i] += s.interval();
            }
        }
    }

    public Snapshot snapshot(boolean withEnergies) {
        return new Snapshot(engine.time(), engine.grid(), engine.magnetization(),
                withEnergies ? engine.energies() : null, engine.setup().regionOfCell());
    }
}
