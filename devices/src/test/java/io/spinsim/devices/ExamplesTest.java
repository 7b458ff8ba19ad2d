package io.spinsim.devices;

import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.validation.SpecReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file under examples/devices and examples/profiles passes the strict reader a user's upload meets. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private final SpecReader reader = new SpecReader();

    @TestFactory
    Stream<DynamicTest> deviceJobExamplesAreValidSpecsOfKnownTypes() throws IOException {
        return jsonFiles(EXAMPLES.resolve("devices")).map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> {
                    JsonNode job = SpecReader.mapper().readTree(Files.readString(file));
                    JobType<?> type = JobTypes.byName(job.get("type").asString()).orElseThrow();
                    assertThat(reader.read(job.get("spec"), type.specClass(), "spec")).isNotNull();
                }));
    }

    @TestFactory
    Stream<DynamicTest> profileExamplesAreValidProfiles() throws IOException {
        return jsonFiles(EXAMPLES.resolve("profiles")).map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> {
                    DeviceProfile p = reader.read(SpecReader.mapper().readTree(Files.readString(file)),
                            DeviceProfile.class, "profile");
                    assertThat(p.levels()).hasSizeGreaterThanOrEqualTo(2);
                }));
    }

    private static Stream<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }
}
