package io.spinsim.api;

import io.spinsim.auth.ApiKeyStore;
import io.spinsim.auth.Role;
import io.spinsim.db.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;

/** service-api alone on a random port over a fresh PostgreSQL database; no workers, so jobs stay queued. */
@SpringBootTest(classes = ApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=api")
abstract class ApiTestBase {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::freshUrl);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiKeyStore keys;

    /** The key requests are sent with; an admin key unless a test sets another. */
    String token;

    @BeforeEach
    void adminKey() {
        token = keys.create("test-admin", EnumSet.allOf(Role.class), 1000, 1L << 30).token();
    }

    record Reply(int status, String contentType, JsonNode body, HttpResponse<byte[]> raw) {
    }

    Reply post(String path, String body, String contentType, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = authorized(HttpRequest.newBuilder(uri(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    Reply postJson(String path, String body) throws IOException, InterruptedException {
        return post(path, body, "application/json");
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(authorized(HttpRequest.newBuilder(uri(path))).GET().build());
    }

    HttpRequest.Builder authorized(HttpRequest.Builder b) {
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> res = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String type = res.headers().firstValue("Content-Type").orElse("");
        JsonNode body = type.contains("json") && res.body().length > 0 ? JSON.readTree(res.body()) : null;
        return new Reply(res.statusCode(), type, body, res);
    }

    int jobCount() {
        return jdbc.queryForObject("select count(*) from jobs", Integer.class);
    }

    /** A small valid llg request. */
    static String llgRequest(double alpha) {
        return """
                {"type": "llg", "spec": {
                  "mesh": {"nx": 16, "ny": 16, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 1e-9},
                  "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 1.5e-11, "ku_J_per_m3": 8e5, "alpha": %s},
                  "field": {"b_T": [0.1, 0, 0]},
                  "run": {"dt_s": 5e-14, "duration_s": 1e-11}}}""".formatted(alpha);
    }
}
