package io.spinsim.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class JobApiTest extends ApiTestBase {

    @Test
    void submittedJobIsQueuedWithLocationAndNormalizedSpec() throws Exception {
        Reply r = postJson("/api/v1/jobs", llgRequest(0.3));
        assertThat(r.status()).isEqualTo(202);
        String id = r.body().get("id").asString();
        assertThat(r.raw().headers().firstValue("Location")).contains("/api/v1/jobs/" + id);
        assertThat(r.body().get("status").asString()).isEqualTo("queued");
        // defaults the user left out are filled in and stored, so the job documents what it will run with
        JsonNode spec = r.body().get("spec");
        assertThat(spec.get("material").get("dmi_J_per_m2").asDouble()).isEqualTo(0.0);
        assertThat(spec.get("run").get("integrator").asString()).isEqualTo("heun");

        Reply fetched = get("/api/v1/jobs/" + id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.body().get("spec")).isEqualTo(spec);
        assertThat(fetched.body().get("links").get("artifacts").asString()).endsWith(id + "/artifacts");
        assertThat(get("/api/v1/jobs/" + id + "/events").body().get(0).get("kind").asString()).isEqualTo("submitted");
    }

    @Test
    void listingFiltersByTypeAndStatusAndPages() throws Exception {
        for (int i = 0; i < 3; i++) {
            postJson("/api/v1/jobs", llgRequest(0.1 + i * 0.1));
        }
        Reply page = get("/api/v1/jobs?type=llg&status=queued&page=0&size=2");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("items").size()).isEqualTo(2);
        assertThat(page.body().get("total_items").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(get("/api/v1/jobs?status=succeeded").body().get("items").size()).isZero();
    }

    @Test
    void idempotencyKeyReplaysTheSameJobAndRejectsADifferentBody() throws Exception {
        String key = UUID.randomUUID().toString();
        Reply first = post("/api/v1/jobs", llgRequest(0.2), "application/json", "Idempotency-Key", key);
        Reply again = post("/api/v1/jobs", llgRequest(0.2), "application/json", "Idempotency-Key", key);
        Reply other = post("/api/v1/jobs", llgRequest(0.25), "application/json", "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).contains("application/problem+json");
    }

    @Test
    void cancellingAQueuedJobEndsItAndASecondCancelConflicts() throws Exception {
        String id = postJson("/api/v1/jobs", llgRequest(0.3)).body().get("id").asString();
        Reply cancel = postJson("/api/v1/jobs/" + id + "/cancel", "");
        assertThat(cancel.status()).isEqualTo(200);
        assertThat(cancel.body().get("status").asString()).isEqualTo("cancelled");
        Reply again = postJson("/api/v1/jobs/" + id + "/cancel", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).contains("application/problem+json");
    }

    @Test
    void openApiDocumentsEndpointsAndSpecSchemas() throws Exception {
        Reply docs = get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/v1/jobs")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/artifacts/{id}")).isTrue();
        assertThat(docs.body().get("components").get("schemas").has("LlgSpec")).isTrue();
        assertThat(get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void healthAndPrometheusAreExposed() throws Exception {
        postJson("/api/v1/jobs", llgRequest(0.3));
        assertThat(get("/actuator/health").body().get("status").asString()).isEqualTo("UP");
        Reply prom = send(authorized(java.net.http.HttpRequest.newBuilder(uri("/actuator/prometheus"))).GET().build());
        String text = new String(prom.raw().body());
        assertThat(text).contains("spinsim_jobs_submitted_total{service=\"api\",type=\"llg\"}");
        assertThat(text).contains("spinsim_queue_depth{");
    }
}
