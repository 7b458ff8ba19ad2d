package io.spinsim.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of several hundred malformed and hostile job requests, made by mutating every field of real example
 * requests (wrong types, injection strings, unknown fields, NaN and overflow, nesting, oversized arrays): each must
 * get a 4xx problem+json that names the mutated field (or its parent), none a 5xx, and none may write anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputCorpusTest extends ApiTestBase {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String INJECTION = "'; drop table jobs; --<script>alert(1)</script>${jndi:ldap://x}";
    private static final List<String> BASES = List.of("llg/quickstart-thin-film.json",
            "llg/seed001-bilayer-neuron-integrate.json", "nn/crossbar-vmm-profile.json", "nn/mlp-float.json",
            "devices/seed004-smtj-fig5-profile.json", "devices/seed003-dw-lif-neuron.json");

    private record Mutant(String label, String body, String field) {
    }

    private int jobsBefore;

    @BeforeAll
    void countJobs() {
        jobsBefore = jobCount();
    }

    @AfterAll
    void nothingWasWritten() {
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    @TestFactory
    Stream<DynamicTest> everyMutantIsRejectedWithItsFieldNamed() throws Exception {
        List<Mutant> corpus = new ArrayList<>();
        for (String base : BASES) {
            JsonNode request = JSON.readTree(Files.readString(example(base)));
            mutate(base, request, request.get("spec"), "spec", corpus);
        }
        corpus.addAll(handWritten());
        assertThat(corpus).as("corpus size").hasSizeGreaterThanOrEqualTo(200);
        return corpus.stream().map(m -> DynamicTest.dynamicTest(m.label(), () -> {
            Reply r = postJson("/api/v1/jobs", m.body());
            assertThat(r.status()).as("%s -> %s", m.label(), r.body()).isBetween(400, 499);
            assertThat(r.contentType()).contains("application/problem+json");
            List<String> fields = new ArrayList<>();
            r.body().path("errors").forEach(e -> fields.add(e.get("field").asString()));
            assertThat(fields).as("%s: %s", m.label(), r.body()).isNotEmpty();
            assertThat(fields).as("%s names %s", m.label(), m.field())
                    .anyMatch(f -> f.startsWith(m.field()) || m.field().startsWith(f));
        }));
    }

    /** Mutants of every node below spec: wrong JSON types, injection strings, unknown fields. */
    private static void mutate(String base, JsonNode request, JsonNode node, String path, List<Mutant> out) {
        if (node.isObject()) {
            add(base, request, path, out, "number for object", F.numberNode(42));
            add(base, request, path, out, "array for object", F.arrayNode().add(1));
            ObjectNode extra = ((ObjectNode) node).deepCopy();
            extra.put("unexpected_field", INJECTION);
            add(base, request, path, out, "unknown field", extra);
            node.properties().forEach(e -> mutate(base, request, e.getValue(), path + "." + e.getKey(), out));
        } else if (node.isArray()) {
            add(base, request, path, out, "object for array", F.objectNode().put("a", 1));
            add(base, request, path, out, "string for array", F.stringNode(INJECTION));
            if (!node.isEmpty()) {
                mutate(base, request, node.get(0), path + "[0]", out);
            }
        } else if (node.isNumber()) {
            add(base, request, path, out, "string for number", F.stringNode("12"));
            add(base, request, path, out, "array for number", F.arrayNode().add(node));
            add(base, request, path, out, "object for number", F.objectNode().put("$gt", 0));
            add(base, request, path, out, "overflow", F.numberNode(1e308 * 10));
        } else if (node.isString()) {
            add(base, request, path, out, "object for string", F.objectNode().put("$ne", ""));
            add(base, request, path, out, "array for string", F.arrayNode().add(INJECTION));
        } else if (node.isBoolean()) {
            add(base, request, path, out, "string for boolean", F.stringNode("yes"));
            add(base, request, path, out, "array for boolean", F.arrayNode().add(true));
        }
    }

    private static void add(String base, JsonNode request, String path, List<Mutant> out, String what, JsonNode value) {
        JsonNode copy = request.deepCopy();
        set(copy, path, value);
        out.add(new Mutant(base + " " + path + ": " + what, copy.toString(), path));
    }

    private static void set(JsonNode root, String path, JsonNode value) {
        String[] steps = path.replace("[", ".[").split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = steps[i].startsWith("[") ? parent.get(index(steps[i])) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(index(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(1, step.length() - 1));
    }

    /** Requests no mutation of an example produces: sizes, nesting, NaN, types at the top level. */
    private static List<Mutant> handWritten() {
        String mesh = "\"mesh\": {\"nx\": %s, \"ny\": 16, \"nz\": 1, \"dx_m\": 2e-9, \"dy_m\": 2e-9, \"dz_m\": 1e-9}";
        String rest = ", \"material\": {\"ms_A_per_m\": 5.8e5, \"a_J_per_m\": 1.5e-11, \"alpha\": 0.3}, "
                + "\"run\": {\"dt_s\": 1e-13, \"duration_s\": 1e-11}}}";
        String llg = "{\"type\": \"llg\", \"spec\": {" + mesh + rest;
        StringBuilder huge = new StringBuilder("[");
        for (int i = 0; i < 5000; i++) {
            huge.append(i == 0 ? "" : ",").append(1.0);
        }
        huge.append(']');
        return List.of(
                new Mutant("negative grid", llg.formatted("-16"), "spec.mesh.nx"),
                new Mutant("zero grid", llg.formatted("0"), "spec.mesh.nx"),
                new Mutant("2^31 grid", llg.formatted("2147483648"), "spec.mesh.nx"),
                new Mutant("NaN number", llg.formatted("NaN"), "$"),
                new Mutant("Infinity", llg.formatted("Infinity"), "$"),
                new Mutant("hex number", llg.formatted("0x10"), "$"),
                new Mutant("comment", llg.formatted("16 /* c */"), "$"),
                new Mutant("trailing garbage", llg.formatted("16") + "}", "$"),
                new Mutant("huge array", "{\"type\": \"crossbar-vmm\", \"spec\": {\"input\": " + huge
                        + ", \"weights\": [[1]], \"device\": {\"ideal_levels\": 4}}}", "spec.input"),
                new Mutant("deep nesting", "{\"type\": \"llg\", \"spec\": " + "{\"a\":".repeat(3000) + "1"
                        + "}".repeat(3000) + "}", "$"),
                new Mutant("type is a number", "{\"type\": 7, \"spec\": {}}", "type"),
                new Mutant("type is an object", "{\"type\": {\"$ne\": null}, \"spec\": {}}", "type"),
                new Mutant("type is an injection", "{\"type\": \"" + INJECTION.replace("\"", "") + "\", \"spec\": {}}", "type"),
                new Mutant("priority is a string", "{\"type\": \"llg\", \"spec\": {}, \"priority\": \"high\"}", "priority"),
                new Mutant("max_attempts negative", "{\"type\": \"llg\", \"spec\": {}, \"max_attempts\": -1}", "max_attempts"),
                new Mutant("proto pollution", "{\"type\": \"llg\", \"spec\": {}, \"__proto__\": {\"admin\": true}}", "__proto__"),
                new Mutant("null body", "null", "$"),
                new Mutant("string body", "\"llg\"", "$"));
    }

    private static Path example(String relative) {
        return Path.of("..", "examples").resolve(relative);
    }
}
