package io.spinsim.jobs.run;

import io.spinsim.jobs.Worker;
import io.spinsim.jobs.validation.SpecReader;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * Runs one job request ({"type": ..., "spec": {...}}, e.g. a file under examples/) through the runner of its type on
 * the class path, without the services, and writes summary.json and the artifacts into a folder. Progress goes to
 * stdout at most every 10 s. Jobs that read other jobs' artifacts cannot run this way.
 */
public final class LocalJobRun {

    private LocalJobRun() {
    }

    /** {@code args}: request file, output folder (default out/). */
    public static void main(String[] args) throws Exception {
        JsonNode request = SpecReader.mapper().readTree(Files.readString(Path.of(args[0])));
        Path out = Path.of(args.length > 1 ? args[1] : "out");
        String type = request.get("type").asString();
        JobRunner<?> runner = JobRunners.forWorker(Worker.SOLVER).get(type);
        if (runner == null) {
            throw new IllegalArgumentException("no solver runner for job type " + type + " on the class path");
        }
        long start = System.nanoTime();
        JobOutcome outcome = run(runner, request.get("spec"));
        System.out.printf(Locale.ROOT, "%nfinished in %.1f s%n", (System.nanoTime() - start) * 1e-9);
        Files.createDirectories(out);
        Files.write(out.resolve("summary.json"),
                SpecReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(outcome.summary()));
        for (Artifact a : outcome.artifacts()) {
            Files.write(out.resolve(a.name()), a.content());
        }
    }

    private static <S> JobOutcome run(JobRunner<S> runner, JsonNode spec) throws Exception {
        return runner.run(new SpecReader().read(spec, runner.type().specClass(), "spec"), new ConsoleContext());
    }

    private static final class ConsoleContext implements JobContext {
        private final UUID jobId = UUID.randomUUID();
        private long last;

        @Override
        public UUID jobId() {
            return jobId;
        }

        @Override
        public void progress(double fraction, String message) {
            if (System.nanoTime() - last > 10_000_000_000L || fraction >= 1) {
                last = System.nanoTime();
                System.out.printf(Locale.ROOT, "%5.1f %% %s%n", 100 * fraction, message);
            }
        }

        @Override
        public ArtifactSource artifacts() {
            return id -> {
                throw new IllegalArgumentException("no artifact store outside the services: " + id);
            };
        }
    }
}
