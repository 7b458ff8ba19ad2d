package io.spinsim.neural.jobs;

import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.Worker;
import io.spinsim.jobs.validation.SpecReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every example under examples/nn is a valid spec of a job type this module's runners serve. */
class ExampleJobsTest {

    @TestFactory
    Stream<DynamicTest> networkExamplesAreValidSpecsOfNnJobTypes() throws IOException {
        SpecReader reader = new SpecReader();
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "nn"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        JsonNode job = SpecReader.mapper().readTree(Files.readString(file));
                        JobType<?> type = JobTypes.byName(job.get("type").asString()).orElseThrow();
                        assertThat(type.worker()).isEqualTo(Worker.NN);
                        assertThat(reader.read(job.get("spec"), type.specClass(), "spec")).isNotNull();
                    }));
        }
    }
}
