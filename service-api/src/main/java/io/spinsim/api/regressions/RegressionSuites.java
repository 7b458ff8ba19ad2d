package io.spinsim.api.regressions;

import io.spinsim.api.problems.ApiException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The suites bundled from the repository's regression/ folder, each with its reviewed baseline. */
@Component
public class RegressionSuites {

    public record SuiteView(String suite, String description, int cases) {
    }

    private final Map<String, ObjectNode> specs = new TreeMap<>();

    public RegressionSuites(JsonMapper json) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (Resource r : resolver.getResources("classpath*:regression/suites/*.json")) {
            ObjectNode suite = (ObjectNode) read(json, r);
            String name = suite.get("suite").asString();
            Resource baseline = resolver.getResource("classpath:regression/baselines/" + name + ".json");
            if (baseline.exists()) {
                suite.set("baseline", read(json, baseline));
            }
            specs.put(name, suite);
        }
    }

    List<SuiteView> list() {
        return specs.values().stream().map(s -> new SuiteView(s.get("suite").asString(),
                s.path("description").asString(""), s.get("cases").size())).toList();
    }

    List<String> names() {
        return List.copyOf(specs.keySet());
    }

    /** The regression job spec of a suite: its cases and its baseline (description dropped). */
    ObjectNode spec(String name) {
        ObjectNode suite = specs.get(name);
        if (suite == null) {
            throw ApiException.badParameter("suite", "names no regression suite", "one of " + names());
        }
        ObjectNode spec = suite.deepCopy();
        spec.remove("description");
        return spec;
    }

    private static JsonNode read(JsonMapper json, Resource r) throws IOException {
        try (InputStream in = r.getInputStream()) {
            return json.readTree(in);
        }
    }
}
