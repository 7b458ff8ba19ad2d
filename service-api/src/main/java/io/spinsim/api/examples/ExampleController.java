package io.spinsim.api.examples;

import io.spinsim.api.problems.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The example job requests of the repository's examples/ folder, bundled into this service. */
@RestController
public class ExampleController {

    public record ExampleView(String path, String type, String name) {
    }

    private final Map<String, byte[]> examples = new TreeMap<>();
    private final List<ExampleView> views = new ArrayList<>();

    public ExampleController(JsonMapper json) throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:examples/**/*.json");
        for (Resource r : found) {
            String url = r.getURL().toString();
            String path = url.substring(url.lastIndexOf("examples/") + "examples/".length());
            byte[] bytes;
            try (InputStream in = r.getInputStream()) {
                bytes = in.readAllBytes();
            }
            JsonNode node = json.readTree(bytes);
            if (node.has("type") && node.has("spec")) {
                examples.put(path, bytes);
                views.add(new ExampleView(path, node.get("type").asString(),
                        node.get("spec").path("name").asString(path)));
            }
        }
        views.sort(Comparator.comparing(ExampleView::path));
    }

    @Operation(summary = "Example job requests (type + spec) that can be submitted as they are")
    @GetMapping("/api/v1/examples")
    public List<ExampleView> list() {
        return views;
    }

    @Operation(summary = "One example job request")
    @GetMapping(value = "/api/v1/examples/request", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> get(@RequestParam String path) {
        byte[] body = examples.get(path);
        if (body == null) {
            throw ApiException.badParameter("path", "names no example", "one of " + examples.keySet());
        }
        return ResponseEntity.ok(body);
    }
}
