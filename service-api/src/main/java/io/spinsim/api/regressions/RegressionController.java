package io.spinsim.api.regressions;

import io.spinsim.api.jobs.JobController;
import io.spinsim.api.jobs.JobService;
import io.spinsim.api.jobs.JobViews;
import io.spinsim.api.problems.ApiException;
import io.spinsim.auth.ApiKeyAuthentication;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.util.List;

/**
 * Named regression suites of the repository ({@code regression/suites}, baselines in {@code regression/baselines}):
 * listed, and run as a {@code regression} job whose result and {@code junit.xml} say whether physics or accuracy
 * drifted.
 */
@RestController
public class RegressionController {

    public record RunRequest(String suite, Integer priority) {
    }

    private final RegressionSuites suites;
    private final JobService jobs;

    public RegressionController(RegressionSuites suites, JobService jobs) {
        this.suites = suites;
        this.jobs = jobs;
    }

    @Operation(summary = "The named regression suites")
    @GetMapping("/api/v1/regressions")
    public List<RegressionSuites.SuiteView> list() {
        return suites.list();
    }

    @Operation(summary = "Run a named suite", description = "Queues a regression job over the suite's reference jobs "
            + "with its stored baseline; 202 + Location of the job. Its result says passed or not; its junit.xml "
            + "artifact is for CI.")
    @PostMapping("/api/v1/regressions")
    public ResponseEntity<JobViews.Job> run(@RequestBody RunRequest request, ApiKeyAuthentication caller) {
        if (request == null || request.suite() == null) {
            throw ApiException.badParameter("suite", "is required", "one of " + suites.names());
        }
        ObjectNode spec = suites.spec(request.suite());
        ObjectNode envelope = spec.objectNode().put("type", "regression");
        envelope.set("spec", spec);
        if (request.priority() != null) {
            envelope.put("priority", request.priority());
        }
        JobViews.Job job = jobs.submit((JsonNode) envelope, null, caller.key()).job();
        return ResponseEntity.accepted().location(URI.create(JobController.PATH + "/" + job.id())).body(job);
    }
}
