package io.spinsim.platform;

import io.spinsim.db.artifacts.ArtifactStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives a running platform over HTTP as a user would: submit, wait, list and download artifacts. */
final class RestDriver {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Set<String> TERMINAL = Set.of("succeeded", "failed", "cancelled");

    private final String api;
    private final String token;

    /** @param token API key sent with every request */
    RestDriver(String api, String token) {
        this.api = api;
        this.token = token;
    }

    /** A driver for a platform, with a fresh admin key. */
    static RestDriver of(PlatformLauncher.Running platform) {
        return new RestDriver(platform.url(ServiceKind.API), platform.issueKey("test",
                java.util.EnumSet.allOf(io.spinsim.auth.Role.class)).token());
    }

    HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    }

    static Path example(String relative) {
        Path p = Path.of(relative);
        return Files.exists(p) ? p : Path.of("..").resolve(relative);
    }

    JsonNode submit(String body) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(request(api + "/api/v1/jobs")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(202);
        return JSON.readTree(r.body());
    }

    JsonNode runToEnd(String body) throws Exception {
        return await(submit(body).get("id").asString());
    }

    JsonNode await(String id) throws Exception {
        return await(id, Duration.ofSeconds(120));
    }

    JsonNode await(String id, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = JSON.readTree(get(api + "/api/v1/jobs/" + id).body());
            if (TERMINAL.contains(job.get("status").asString())) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish in " + timeout);
    }

    List<JsonNode> artifacts(JsonNode job) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        JSON.readTree(get(api + "/api/v1/jobs/" + job.get("id").asString() + "/artifacts").body()).forEach(list::add);
        return list;
    }

    JsonNode artifact(JsonNode job, String name) throws Exception {
        return artifacts(job).stream().filter(a -> a.get("name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no artifact " + name));
    }

    HttpResponse<byte[]> download(JsonNode artifact) throws Exception {
        HttpResponse<byte[]> r = get(api + artifact.get("href").asString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith(artifact.get("media_type").asString()));
        assertThat(r.headers().firstValue("ETag")).contains("\"" + ArtifactStore.sha256(r.body()) + "\"");
        return r;
    }

    HttpResponse<byte[]> get(String url) throws Exception {
        return HTTP.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
