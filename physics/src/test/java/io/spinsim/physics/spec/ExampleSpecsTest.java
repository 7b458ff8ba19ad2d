package io.spinsim.physics.spec;

import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.validation.SpecReader;
import io.spinsim.physics.run.SimulationBuilder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every example under examples/llg is a valid llg job request whose geometry builds. */
class ExampleSpecsTest {

    @Test
    void everyLlgExampleValidatesAndBuilds() throws IOException {
        Path folder = Path.of("..", "examples", "llg");
        List<Path> examples;
        try (Stream<Path> files = Files.list(folder)) {
            examples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(7);
        for (Path example : examples) {
            JsonNode request = SpecReader.mapper().readTree(Files.readString(example));
            assertThat(request.get("type").asString()).as(example.toString()).isEqualTo("llg");
            LlgSpec spec = new SpecReader().read(request.get("spec"), LlgSpec.class, "spec");
            SimulationBuilder.Model model = SimulationBuilder.build(spec);
            assertThat(model.setup().regions().size()).as(example.toString()).isGreaterThan(1);
        }
    }
}
