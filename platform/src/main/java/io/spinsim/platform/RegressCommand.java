package io.spinsim.platform;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code spinsim regress SUITE|FILE}: runs a regression suite, writes its JUnit XML, prints a verdict per check and
 * exits non-zero when a check failed. With {@code --update-baseline} it writes the measured values into the
 * suite's baseline file instead of judging against it: that file is committed, so every baseline change is a
 * reviewed diff.
 */
final class RegressCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RegressCommand() {
    }

    /** @return the process exit code: 0 passed, 1 a check failed, 2 the suite could not run */
    static int run(PlatformClient client, CliOptions o, PrintStream out) throws IOException, InterruptedException {
        String suite = o.positional(1, "suite name or suite file");
        Path file = Path.of(suite);
        JsonNode job;
        if (suite.endsWith(".json") && Files.exists(file)) {
            ObjectNode spec = (ObjectNode) JSON.readTree(file.toFile());
            Path baseline = baselineFile(file, spec.get("suite").asString());
            if (Files.exists(baseline) && !o.flag("--update-baseline")) {
                spec.set("baseline", JSON.readTree(baseline.toFile()));
            }
            spec.remove("description");
            ObjectNode request = JSON.createObjectNode().put("type", "regression");
            request.set("spec", spec);
            job = client.submit(JSON.writeValueAsBytes(request));
        } else {
            job = client.post("/api/v1/regressions", JSON.writeValueAsBytes(JSON.createObjectNode().put("suite", suite)));
        }
        String id = job.get("id").asString();
        String name = job.get("spec").get("suite").asString();
        out.println("regression suite " + name + ": job " + id);
        JsonNode done = JobWatcher.watch(client, id, out);
        if (!"succeeded".equals(done.get("status").asString())) {
            out.println("the suite could not be judged: " + done.get("error"));
            return 2;
        }
        JsonNode result = done.get("result");
        Path junit = Path.of(o.option("--junit", "target/regression/" + name + "-junit.xml"));
        Files.createDirectories(junit.toAbsolutePath().getParent());
        Files.write(junit, client.artifactBytes(id, "junit.xml"));
        printVerdicts(result, out);
        out.println("JUnit XML: " + junit);
        if (o.flag("--update-baseline")) {
            Path baseline = suite.endsWith(".json") ? baselineFile(file, name)
                    : Path.of("regression", "baselines", name + ".json");
            writeBaseline(baseline, result.get("measured"), out);
            return 0;
        }
        out.println(result.get("passed").asBoolean() ? "PASSED" : "FAILED: " + result.get("checks_failed").asInt()
                + " of " + result.get("checks").asInt() + " checks");
        return result.get("passed").asBoolean() ? 0 : 1;
    }

    private static Path baselineFile(Path suiteFile, String suite) {
        Path dir = suiteFile.toAbsolutePath().getParent();
        return dir.getParent().resolve("baselines").resolve(suite + ".json");
    }

    private static void printVerdicts(JsonNode result, PrintStream out) {
        for (JsonNode c : result.get("results")) {
            for (JsonNode k : c.get("checks")) {
                out.printf("  %-4s %-28s %-22s actual %-14s expected %-14s (%s)%n", k.get("passed").asBoolean()
                                ? "ok" : "FAIL", c.get("name").asString(), k.get("path").asString(), k.get("actual"),
                        k.get("expected"), k.get("source").asString());
            }
        }
    }

    /** Writes the measured values as the new baseline and lists what changed, for the reviewer of the commit. */
    private static void writeBaseline(Path file, JsonNode measured, PrintStream out) throws IOException {
        JsonNode old = Files.exists(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
        Map<String, Object> sorted = new TreeMap<>();
        measured.properties().forEach(e -> {
            Map<String, Double> values = new TreeMap<>();
            e.getValue().properties().forEach(v -> {
                values.put(v.getKey(), v.getValue().asDouble());
                JsonNode before = old.path(e.getKey()).path(v.getKey());
                if (before.isMissingNode() || before.asDouble() != v.getValue().asDouble()) {
                    out.println("  baseline " + e.getKey() + " " + v.getKey() + ": "
                            + (before.isMissingNode() ? "(none)" : before.asString()) + " -> " + v.getValue());
                }
            });
            sorted.put(e.getKey(), values);
        });
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sorted) + "\n");
        out.println("wrote " + file + ": review the diff and commit it to accept the new baseline");
    }
}
