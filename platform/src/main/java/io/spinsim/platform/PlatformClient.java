package io.spinsim.platform;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A small client of service-api's REST endpoints, used by the CLI commands. */
final class PlatformClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String baseUrl;
    private final String apiKey;

    /** @param apiKey sent as a bearer token; null sends none */
    PlatformClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path));
        return apiKey == null ? b : b.header("Authorization", "Bearer " + apiKey);
    }

    /** Submits a job request ({@code {"type":..., "spec":...}}); returns the job as the API answered it. */
    JsonNode submit(byte[] request) throws IOException, InterruptedException {
        HttpRequest req = request("/api/v1/jobs").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(request))
                .build();
        return expectJson(http.send(req, HttpResponse.BodyHandlers.ofByteArray()), "submit");
    }

    JsonNode post(String path, byte[] body) throws IOException, InterruptedException {
        HttpRequest req = request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return expectJson(http.send(req, HttpResponse.BodyHandlers.ofByteArray()), "POST " + path);
    }

    /** The bytes of a job's artifact by name. */
    byte[] artifactBytes(String jobId, String name) throws IOException, InterruptedException {
        for (JsonNode a : getJson("/api/v1/jobs/" + jobId + "/artifacts")) {
            if (a.get("name").asString().equals(name)) {
                return download(a.get("href").asString());
            }
        }
        throw new IOException("job " + jobId + " has no artifact " + name);
    }

    JsonNode job(String id) throws IOException, InterruptedException {
        return getJson("/api/v1/jobs/" + id);
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpRequest req = request(path).GET().build();
        return expectJson(http.send(req, HttpResponse.BodyHandlers.ofByteArray()), "GET " + path);
    }

    /** Downloads every artifact of a job into {@code dir}; returns the files written. */
    List<Path> downloadArtifacts(String jobId, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (JsonNode a : getJson("/api/v1/jobs/" + jobId + "/artifacts")) {
            Path file = dir.resolve(Path.of(a.get("name").asString()).getFileName());
            Files.write(file, download(a.get("href").asString()));
            written.add(file);
        }
        return written;
    }

    private byte[] download(String href) throws IOException, InterruptedException {
        HttpRequest req = request(href).GET().build();
        HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (res.statusCode() != 200) {
            throw new IOException("download of " + href + " failed: HTTP " + res.statusCode());
        }
        return res.body();
    }

    private JsonNode expectJson(HttpResponse<byte[]> res, String what) throws IOException {
        JsonNode body = res.body().length == 0 ? null : json.readTree(res.body());
        if (res.statusCode() >= 400) {
            throw new IOException(what + " failed: HTTP " + res.statusCode() + "\n"
                    + (body == null ? "" : body.toPrettyString()));
        }
        return body;
    }
}
