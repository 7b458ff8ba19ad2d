package io.spinsim.api;

import io.spinsim.auth.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys, roles, ownership and quotas: nobody in who does not belong, nobody past their quota. */
class AuthTest extends ApiTestBase {

    private String key(Role... roles) {
        return keys.create("t", EnumSet.of(roles[0], roles), 1000, 1L << 24).token();
    }

    @Test
    void everyEndpointButHealthNeedsAKey() throws Exception {
        token = null;
        for (String path : new String[]{"/api/v1/jobs", "/api/v1/job-types", "/api/v1/examples", "/v3/api-docs",
                "/actuator/prometheus", "/api/v1/keys"}) {
            Reply r = get(path);
            assertThat(r.status()).as(path).isEqualTo(401);
            assertThat(r.contentType()).contains("application/problem+json");
        }
        assertThat(postJson("/api/v1/jobs", llgRequest(0.3)).status()).isEqualTo(401);
        assertThat(get("/actuator/health").status()).isEqualTo(200);
        assertThat(get("/").status()).as("the dashboard page itself holds no data").isEqualTo(200);
    }

    @Test
    void aWrongOrRevokedKeyIsRejected() throws Exception {
        token = "spk_00000000_" + "A".repeat(43);
        assertThat(get("/api/v1/jobs").status()).isEqualTo(401);
        token = "not even the format";
        assertThat(get("/api/v1/jobs").status()).isEqualTo(401);

        var issued = keys.create("soon revoked", EnumSet.of(Role.READ), 10, 1);
        token = issued.token();
        assertThat(get("/api/v1/jobs").status()).isEqualTo(200);
        keys.revoke(issued.key().id());
        Thread.sleep(5_100); // verdicts are cached for 5 s
        assertThat(get("/api/v1/jobs").status()).isEqualTo(401);
    }

    @Test
    void rolesLimitWhatAKeyMayDo() throws Exception {
        token = key(Role.READ);
        assertThat(get("/api/v1/jobs").status()).isEqualTo(200);
        Reply denied = postJson("/api/v1/jobs", llgRequest(0.3));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).contains("application/problem+json");
        assertThat(get("/api/v1/keys").status()).isEqualTo(403);

        token = key(Role.SUBMIT, Role.READ);
        assertThat(postJson("/api/v1/jobs", llgRequest(0.3)).status()).isEqualTo(202);
        assertThat(postJson("/api/v1/keys", "{\"name\": \"x\", \"roles\": [\"admin\"]}").status()).isEqualTo(403);
    }

    @Test
    void onlyTheOwnerOrAnAdminMayCancelAJob() throws Exception {
        String admin = token;
        token = key(Role.SUBMIT, Role.READ);
        String id = postJson("/api/v1/jobs", llgRequest(0.3)).body().get("id").asString();
        token = key(Role.SUBMIT, Role.READ);
        Reply other = postJson("/api/v1/jobs/" + id + "/cancel", "");
        assertThat(other.status()).isEqualTo(403);
        token = admin;
        assertThat(postJson("/api/v1/jobs/" + id + "/cancel", "").status()).isEqualTo(200);
    }

    @Test
    void queuedJobQuotaAndGridSizeQuotaAreEnforced() throws Exception {
        token = keys.create("small", EnumSet.of(Role.SUBMIT, Role.READ), 2, 300).token();
        assertThat(postJson("/api/v1/jobs", llgRequest(0.3)).status()).isEqualTo(202);
        assertThat(postJson("/api/v1/jobs", llgRequest(0.3)).status()).isEqualTo(202);
        Reply third = postJson("/api/v1/jobs", llgRequest(0.3));
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.body().get("errors").get(0).get("field").asString()).isEqualTo("max_queued_jobs");

        token = keys.create("tiny grids", EnumSet.of(Role.SUBMIT, Role.READ), 10, 100).token();
        Reply big = postJson("/api/v1/jobs", llgRequest(0.3)); // 16 x 16 = 256 cells > 100
        assertThat(big.status()).isEqualTo(403);
        assertThat(big.body().get("errors").get(0).get("field").asString()).isEqualTo("spec.mesh");
    }

    @Test
    void anAdminCreatesListsAndRevokesKeysAndTheSecretIsNeverStored() throws Exception {
        Reply created = postJson("/api/v1/keys", "{\"name\": \"ci\", \"roles\": [\"read\", \"submit\"], \"max_queued_jobs\": 5}");
        assertThat(created.status()).isEqualTo(201);
        String secret = created.body().get("token").asString();
        assertThat(secret).startsWith("spk_");
        String id = created.body().get("id").asString();
        assertThat(jdbc.queryForObject("select count(*) from api_keys where position(? in concat_ws(' ', id, name, "
                + "prefix, key_sha256)) > 0", Integer.class, secret.substring(13))).isZero();
        assertThat(get("/api/v1/keys").body().toString()).contains(id).doesNotContain(secret);
        assertThat(send(authorized(java.net.http.HttpRequest.newBuilder(uri("/api/v1/keys/" + id))).DELETE().build())
                .status()).isEqualTo(204);
        Reply bad = postJson("/api/v1/keys", "{\"name\": \"x\", \"roles\": [\"root\"]}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().get("errors").get(0).get("field").asString()).isEqualTo("roles[0]");
    }
}
