package io.spinsim.neural.bench;

import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.Worker;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunner;
import io.spinsim.jobs.run.JobRunners;
import io.spinsim.jobs.validation.SpecReader;
import io.spinsim.neural.TestJobContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one job file ({"type": ..., "spec": {...}}) through its runner outside the services, for full-data runs:
 * java -cp ... io.spinsim.neural.bench.RunJob examples/nn/mlp-ideal.json out-folder
 * Writes summary.json and the artifacts into the folder and prints progress lines.
 */
public final class RunJob {

    private RunJob() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) throws Exception {
        JsonNode job = SpecReader.mapper().readTree(Files.readAllBytes(Path.of(args[0])));
        JobType<?> type = JobTypes.byName(job.get("type").asString()).orElseThrow();
        Object spec = new SpecReader().read(job.get("spec"), type.specClass(), "spec");
        JobRunner runner = JobRunners.forWorker(Worker.NN).get(type.name());
        TestJobContext context = new TestJobContext() {
            private long last;

            @Override
            public void progress(double fraction, String message) {
                long now = System.currentTimeMillis();
                if (now - last > 10_000 || fraction >= 1 || message.startsWith("epoch")) {
                    System.out.printf("%5.1f%% %s%n", 100 * fraction, message);
                    System.out.flush();
                    last = now;
                }
            }
        };
        JobOutcome outcome = runner.run(spec, context);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Files.writeString(out.resolve("spec.json"), SpecReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(spec));
        String summary = SpecReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(outcome.summary());
        Files.writeString(out.resolve("summary.json"), summary);
        for (Artifact a : outcome.artifacts()) {
            Files.write(out.resolve(a.name()), a.content());
        }
        System.out.println(summary);
    }
}
