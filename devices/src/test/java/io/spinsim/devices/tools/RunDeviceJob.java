package io.spinsim.devices.tools;

import io.spinsim.devices.characterization.SynapseCharacterizationRunner;
import io.spinsim.devices.neuron.NeuronCharacterizationRunner;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.device.NeuronCharacterizationSpec;
import io.spinsim.jobs.device.SynapseCharacterizationSpec;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.ArtifactSource;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.validation.SpecReader;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * Runs a device preset ({"type": "synapse-characterization" | "neuron-characterization", "spec": {...}}) without the
 * services and writes summary.json and the artifacts into a folder, as physics' RunSpec does for llg jobs:
 * {@code java -cp ... io.spinsim.devices.tools.RunDeviceJob examples/devices/FILE.json out/}.
 */
public final class RunDeviceJob {

    private RunDeviceJob() {
    }

    public static void main(String[] args) throws Exception {
        JsonNode request = SpecReader.mapper().readTree(Files.readString(Path.of(args[0])));
        String type = request.get("type").asString();
        Path out = Path.of(args.length > 1 ? args[1] : "out");
        Files.createDirectories(out);
        long start = System.nanoTime();
        JobOutcome outcome;
        if (type.equals(JobTypes.SYNAPSE_CHARACTERIZATION.name())) {
            outcome = new SynapseCharacterizationRunner().run(new SpecReader().read(request.get("spec"),
                    SynapseCharacterizationSpec.class, "spec"), new ConsoleContext());
        } else if (type.equals(JobTypes.NEURON_CHARACTERIZATION.name())) {
            outcome = new NeuronCharacterizationRunner().run(new SpecReader().read(request.get("spec"),
                    NeuronCharacterizationSpec.class, "spec"), new ConsoleContext());
        } else {
            throw new IllegalArgumentException("not a device characterization job: " + type);
        }
        System.out.printf(Locale.ROOT, "%nfinished in %.1f s%n", (System.nanoTime() - start) * 1e-9);
        Files.write(out.resolve("summary.json"),
                SpecReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(outcome.summary()));
        for (Artifact a : outcome.artifacts()) {
            Files.write(out.resolve(a.name()), a.content());
        }
    }

    /** Prints progress at most every 10 s. */
    private static final class ConsoleContext implements JobContext {
        private long last;

        @Override
        public UUID jobId() {
            return UUID.randomUUID();
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
                throw new IllegalArgumentException("no artifact store outside the services");
            };
        }
    }
}
