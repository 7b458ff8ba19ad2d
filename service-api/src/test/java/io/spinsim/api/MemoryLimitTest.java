package io.spinsim.api;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A job whose estimated working memory exceeds what jobs may use is refused before anything is queued. */
@TestPropertySource(properties = "spinsim.api.max-job-memory-bytes=67108864")
class MemoryLimitTest extends ApiTestBase {

    @Test
    void jobNeedingMoreMemoryThanAJobMayUseIsRefusedAtSubmission() throws Exception {
        // 512 x 512 cells in fp64: 48 numbers x 8 bytes per cell = 100.7 MB, over the 64 MiB limit set here
        String big = llgRequest(0.3).replace("\"nx\": 16, \"ny\": 16", "\"nx\": 512, \"ny\": 512")
                .replace("\"duration_s\": 1e-11}", "\"duration_s\": 1e-11, \"precision\": \"fp64\"}");
        int before = jobCount();
        Reply r = postJson("/api/v1/jobs", big);
        assertThat(r.status()).as("%s", r.body()).isEqualTo(422);
        assertThat(r.body().get("type").asString()).isEqualTo("urn:spinsim:problem:limit-exceeded");
        assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("spec.mesh");
        assertThat(jobCount()).isEqualTo(before);

        String fp32 = big.replace("\"fp64\"", "\"fp32\""); // 50.3 MB: accepted
        assertThat(postJson("/api/v1/jobs", fp32).status()).isEqualTo(202);
    }
}
