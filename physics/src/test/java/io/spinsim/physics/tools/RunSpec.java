package io.spinsim.physics.tools;

import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.ArtifactSource;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.validation.SpecReader;
import io.spinsim.physics.run.LlgJobRunner;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * Runs an example job request ({"type": "llg", "spec": {...}}) through {@link LlgJobRunner} without the services and
 * writes summary.json and the artifacts into a folder: {@code mvn -q -pl physics exec:java
 * -Dexec.mainClass=io.spinsim.physics.tools.RunSpec -Dexec.args="examples/llg/quickstart-thin-film.json out/"}.
 */
public final class RunSpec {

    private RunSpec() {
    }

    public static void main(String[] args) throws Exception {
        JsonNode request = SpecReader.mapper().readTree(Files.readString(Path.of(args[0])));
        LlgSpec spec = new SpecReader().read(request.get("spec"), LlgSpec.class, "spec");
        Path out = Path.of(args.length > 1 ? args[1] : "out");
        Files.createDirectories(out);
        long start = System.nanoTime();
        JobOutcome outcome = new LlgJobRunner().run(spec, new ConsoleContext());
        System.out.printf(Locale.ROOT, "%nfinished in %.1f s%n", (System.nanoTime() - start) * 1e-9);
        Files.write(out.resolve("summary.json"),
                SpecReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(outcome.summary()));
        for (Artifact a : outcome.artifacts()) {
            Files.write(out.resolve(a.name()), a.content());
        }
    }

    /** Prints progress at most every 5 s. */
    private static final class ConsoleContext implements JobContext {
        private long last;

        @Override
        public UUID jobId() {
            return UUID.randomUUID();
        }

        @Override
        public void progress(double fraction, String message) {
            if (System.nanoTime() - last > 5_000_000_000L || fraction >= 1) {
                last = System.nanoTime();
                System.out.printf(Locale.ROOT, "%5.1f %% %s%n", 100 * fraction, message);
            }
        }

        @Override
        public ArtifactSource artifacts() {
            return id -> {
                throw new IllegalArgumentException("no artifact store outside the services");
            };
        }
    }
}
