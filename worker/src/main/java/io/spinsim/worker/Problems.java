package io.spinsim.worker;

import io.spinsim.jobs.run.JobLimitExceededException;
import io.spinsim.jobs.validation.InvalidSpecException;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** RFC 7807 problem documents for jobs that failed while running. */
final class Problems {

    private Problems() {
    }

    static String jobFailed(JsonMapper json, UUID jobId, Throwable failure) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (failure instanceof JobLimitExceededException) {
            p.put("type", "urn:spinsim:problem:limit-exceeded");
            p.put("title", "Limit exceeded");
            p.put("status", 422);
        } else if (failure instanceof InvalidSpecException invalid) {
            p.put("type", "urn:spinsim:problem:invalid-input");
            p.put("title", "Invalid input found while running");
            p.put("status", 422);
            p.put("errors", invalid.violations());
        } else {
            p.put("type", "urn:spinsim:problem:job-failed");
            p.put("title", "Job failed");
            p.put("status", 500);
            p.put("exception", failure.getClass().getName());
        }
        p.put("detail", String.valueOf(failure.getMessage()));
        p.put("instance", "/api/v1/jobs/" + jobId);
        return json.writeValueAsString(p);
    }
}
