package io.spinsim.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bundled example request is offered to the dashboard and is accepted by the API as it stands. */
class ExamplesTest extends ApiTestBase {

    @Test
    void everyExampleIsListedAndAccepted() throws Exception {
        Reply list = get("/api/v1/examples");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().size()).isGreaterThanOrEqualTo(5);
        for (JsonNode example : list.body()) {
            String path = example.get("path").asString();
            Reply request = get("/api/v1/examples/request?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
            assertThat(request.status()).isEqualTo(200);
            Reply submitted = postJson("/api/v1/jobs", request.body().toString());
            assertThat(submitted.status()).as("%s: %s", path, submitted.body()).isEqualTo(202);
            assertThat(submitted.body().get("type").asString()).isEqualTo(example.get("type").asString());
        }
    }

    @Test
    void unknownExampleIsA400NamingThePath() throws Exception {
        Reply r = get("/api/v1/examples/request?path=nope.json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("path");
    }
}
