package io.spinsim.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every malformed, out-of-range or hostile submission gets a 4xx problem+json that names the offending field
 * (and for ranges the allowed range), and nothing is written to the database.
 */
class BadInputTest extends ApiTestBase {

    private static final String MESH = "\"mesh\": {\"nx\": 16, \"ny\": 16, \"nz\": 1, \"dx_m\": 2e-9, \"dy_m\": 2e-9, \"dz_m\": 1e-9}";
    private static final String MATERIAL = "\"material\": {\"ms_A_per_m\": 5.8e5, \"a_J_per_m\": 1.5e-11, \"alpha\": 0.3}";
    private static final String RUN = "\"run\": {\"dt_s\": 5e-14, \"duration_s\": 1e-11}";

    private static String llg(String mesh, String material, String run, String extra) {
        return "{\"type\": \"llg\", \"spec\": {" + String.join(", ", nonEmpty(mesh, material, run, extra)) + "}}";
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static String material(String replace, String with) {
        return MATERIAL.replace(replace, with);
    }

    static Stream<Arguments> badJobRequests() {
        String crossbar = "{\"type\": \"crossbar-vmm\", \"spec\": {\"input\": [1, 2], \"weights\": [[1, 2], [3]],"
                + " \"device\": {\"ideal_levels\": 8}}}";
        return Stream.of(
                Arguments.of("truncated JSON", "{\"type\": \"llg\",", 400, "$", false),
                Arguments.of("empty body", "", 400, "$", false),
                Arguments.of("NaN literal", llg(MESH, material("0.3", "NaN"), RUN, ""), 400, "$", false),
                Arguments.of("duplicate key", "{\"type\": \"llg\", \"type\": \"llg\", \"spec\": {}}", 400, "$", false),
                Arguments.of("JSON array body", "[1, 2, 3]", 422, "$", false),
                Arguments.of("unknown type", "{\"type\": \"euler\", \"spec\": {}}", 422, "type", true),
                Arguments.of("injection in type", "{\"type\": \"llg'; drop table jobs;--\", \"spec\": {}}", 422, "type", true),
                Arguments.of("missing type", "{\"spec\": {}}", 422, "type", false),
                Arguments.of("missing spec", "{\"type\": \"llg\"}", 422, "spec", false),
                Arguments.of("null spec", "{\"type\": \"llg\", \"spec\": null}", 422, "spec", false),
                Arguments.of("spec not an object", "{\"type\": \"llg\", \"spec\": 42}", 422, "spec", false),
                Arguments.of("unknown top-level field", "{\"type\": \"llg\", \"spec\": {}, \"colour\": 1}", 422, "colour", true),
                Arguments.of("priority out of range", "{\"type\": \"llg\", \"spec\": {}, \"priority\": 5000}", 422, "priority", true),
                Arguments.of("max_attempts zero", "{\"type\": \"llg\", \"spec\": {}, \"max_attempts\": 0}", 422, "max_attempts", true),
                Arguments.of("missing mesh", llg("", MATERIAL, RUN, ""), 422, "spec.mesh", false),
                Arguments.of("missing Ms", llg(MESH, material("\"ms_A_per_m\": 5.8e5, ", ""), RUN, ""), 422,
                        "spec.material.ms_A_per_m", false),
                Arguments.of("alpha out of range", llg(MESH, material("0.3", "12"), RUN, ""), 422, "spec.material.alpha", true),
                Arguments.of("negative Ms", llg(MESH, material("5.8e5", "-5.8e5"), RUN, ""), 422, "spec.material.ms_A_per_m", true),
                Arguments.of("overflowing number", llg(MESH, material("5.8e5", "1e400"), RUN, ""), 422,
                        "spec.material.ms_A_per_m", true),
                Arguments.of("negative nx", llg(MESH.replace("\"nx\": 16", "\"nx\": -16"), MATERIAL, RUN, ""), 422, "spec.mesh.nx", true),
                Arguments.of("nx as string", llg(MESH.replace("\"nx\": 16", "\"nx\": \"16\""), MATERIAL, RUN, ""), 422, "spec.mesh.nx", true),
                Arguments.of("nx fractional", llg(MESH.replace("\"nx\": 16", "\"nx\": 16.5"), MATERIAL, RUN, ""), 422, "spec.mesh.nx", true),
                Arguments.of("too many cells", llg(MESH.replace("\"nx\": 16, \"ny\": 16", "\"nx\": 8192, \"ny\": 8192"),
                        MATERIAL, RUN, ""), 422, "spec.mesh", true),
                Arguments.of("too many steps", llg(MESH, MATERIAL, "\"run\": {\"dt_s\": 1e-16, \"duration_s\": 1e-5}", ""), 422,
                        "spec.run.duration_s", true),
                Arguments.of("dt too small", llg(MESH, MATERIAL, "\"run\": {\"dt_s\": 1e-20, \"duration_s\": 1e-11}", ""), 422,
                        "spec.run.dt_s", true),
                // 2 nm cells, A = 15 pJ/m, Ms = 580 kA/m: the checkerboard's 102 T bounds Heun's step at 9.4e-14 s
                Arguments.of("dt above the Heun stability limit", llg(MESH, MATERIAL,
                        "\"run\": {\"dt_s\": 2e-13, \"duration_s\": 1e-11}", ""), 422, "spec.run.dt_s", true),
                Arguments.of("unknown integrator", llg(MESH, MATERIAL, "\"run\": {\"dt_s\": 1e-13, \"duration_s\": 1e-11, "
                        + "\"integrator\": \"euler\"}", ""), 422, "spec.run.integrator", true),
                Arguments.of("unknown spec field", llg(MESH, material("\"alpha\"", "\"colour\": 1, \"alpha\""), RUN, ""), 422,
                        "spec.material.colour", true),
                Arguments.of("2-vector field", llg(MESH, MATERIAL, RUN, "\"field\": {\"b_T\": [0, 0]}"), 422, "spec.field.b_T", false),
                Arguments.of("name too long", llg(MESH, MATERIAL, RUN, "\"name\": \"" + "x".repeat(300) + "\""), 422, "spec.name", true),
                Arguments.of("deep nesting", "{\"type\": \"llg\", \"spec\": " + "[".repeat(5000) + "]".repeat(5000) + "}",
                        400, "$", false),
                Arguments.of("crossbar row length mismatch", crossbar, 422, "spec.weights[1]", true),
                Arguments.of("crossbar without device", crossbar.replace("{\"ideal_levels\": 8}", "{}")
                        .replace("[3]", "[3, 4]"), 422, "spec.device", true));
    }

    private int jobsBefore;
    private int eventsBefore;

    @BeforeEach
    void countRows() {
        jobsBefore = jobCount();
        eventsBefore = eventCount();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(jobCount()).isEqualTo(jobsBefore);
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    private int eventCount() {
        return jdbc.queryForObject("select count(*) from job_events", Integer.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badJobRequests")
    void badSubmissionIsAnsweredWithAProblemNamingTheField(String label, String body, int status, String field,
                                                           boolean allowedGiven) throws Exception {
        Reply r = postJson("/api/v1/jobs", body);
        assertProblem(r, status, field, allowedGiven);
    }

    @Test
    void oversizedBodyIsRejectedWith413() throws Exception {
        String huge = "{\"type\": \"llg\", \"spec\": {\"name\": \"" + "x".repeat(33 * 1024 * 1024) + "\"}}";
        assertProblem(postJson("/api/v1/jobs", huge), 413, "$", true);
    }

    @Test
    void nonJsonContentTypeIsRejectedWith415() throws Exception {
        Reply r = post("/api/v1/jobs", llgRequest(0.3), "text/plain");
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.contentType()).contains("application/problem+json");
    }

    @Test
    void overlongIdempotencyKeyIsRejected() throws Exception {
        assertProblem(post("/api/v1/jobs", llgRequest(0.3), "application/json", "Idempotency-Key", "k".repeat(300)),
                400, "Idempotency-Key", true);
    }

    @Test
    void badPathAndQueryParametersAreNamed() throws Exception {
        assertProblem(get("/api/v1/jobs/not-a-uuid"), 400, "id", true);
        assertProblem(get("/api/v1/jobs?size=0"), 400, "size", true);
        assertProblem(get("/api/v1/jobs?status=bogus"), 400, "status", true);
        assertProblem(get("/api/v1/jobs?type=bogus"), 400, "type", true);
        assertThat(get("/api/v1/jobs/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(get("/api/v1/artifacts/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(postJson("/api/v1/jobs/" + java.util.UUID.randomUUID() + "/cancel", "").status()).isEqualTo(404);
    }

    private static void assertProblem(Reply r, int status, String field, boolean allowedGiven) {
        assertThat(r.status()).as("HTTP status").isEqualTo(status);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.body().get("type").asString()).startsWith("urn:spinsim:problem:");
        assertThat(r.body().get("status").asInt()).isEqualTo(status);
        JsonNode errors = r.body().get("errors");
        assertThat(errors).as("errors list in %s", r.body()).isNotNull();
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains(field);
        if (allowedGiven) {
            JsonNode e = errors.get(fields.indexOf(field));
            assertThat(e.get("allowed")).as("allowed range for %s", field).isNotNull();
            assertThat(e.get("allowed").isNull()).isFalse();
        }
    }
}
