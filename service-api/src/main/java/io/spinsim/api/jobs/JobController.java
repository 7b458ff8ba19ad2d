package io.spinsim.api.jobs;

import io.spinsim.api.config.ApiProperties;
import io.spinsim.api.problems.ApiException;
import io.spinsim.auth.ApiKeyAuthentication;
import io.spinsim.db.jobs.CancelOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Jobs over REST: submit, read, list, cancel, history. */
@RestController
@RequestMapping(JobController.PATH)
public class JobController {

    public static final String PATH = "/api/v1/jobs";

    private final JobService jobs;
    private final ApiProperties props;

    public JobController(JobService jobs, ApiProperties props) {
        this.jobs = jobs;
        this.props = props;
    }

    @Operation(summary = "Submit a job", description = "Validates the spec against the job type's schema and queues "
            + "it. 202 with Location for a new job; 200 with the existing job when Idempotency-Key repeats a request.")
    @RequestBody(description = "{\"type\": \"llg\", \"spec\": {...}, \"priority\": 0, \"max_attempts\": 3}",
            required = true)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<JobViews.Job> submit(HttpServletRequest request, ApiKeyAuthentication caller,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
            throw ApiException.badParameter("Idempotency-Key", "must be 1 to 255 characters", "1..255 characters");
        }
        JobService.Submitted s = jobs.submit(readBody(request), idempotencyKey, caller.key());
        URI location = URI.create(PATH + "/" + s.job().id());
        return s.created() ? ResponseEntity.accepted().location(location).body(s.job())
                : ResponseEntity.ok().location(location).header("Idempotent-Replayed", "true").body(s.job());
    }

    @Operation(summary = "A job with its status, progress, spec, result summary and error")
    @GetMapping("/{id}")
    public JobViews.Job get(@PathVariable UUID id) {
        return jobs.get(id);
    }

    @Operation(summary = "List jobs, newest first")
    @GetMapping
    public JobViews.JobPage list(
            @Parameter(description = "job type") @RequestParam(required = false) String type,
            @Parameter(description = "queued, running, succeeded, failed or cancelled")
            @RequestParam(required = false) String status,
            @Parameter(description = "only children of this sweep job") @RequestParam(name = "parent_id", required = false)
            UUID parentId,
            @Parameter(description = "only jobs that are not the child of a sweep or regression suite")
            @RequestParam(name = "top_level", defaultValue = "false") boolean topLevel,
            @Parameter(description = "page number from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size") @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || page > 1_000_000) {
            throw ApiException.badParameter("page", "is out of range", "[0, 1000000]");
        }
        if (size < 1 || size > props.maxPageSize()) {
            throw ApiException.badParameter("size", "is out of range", "[1, " + props.maxPageSize() + "]");
        }
        return jobs.list(type, status, parentId, topLevel, page, size);
    }

    @Operation(summary = "Cancel a job", description = "A queued job is cancelled at once (200); a running one is "
            + "asked to stop and its worker stops at its next progress report (202). 409 when it already finished.")
    @PostMapping("/{id}/cancel")
    public ResponseEntity<JobViews.Job> cancel(@PathVariable UUID id, ApiKeyAuthentication caller) {
        CancelOutcome outcome = jobs.cancel(id, caller.key());
        HttpStatus status = outcome == CancelOutcome.CANCELLED ? HttpStatus.OK : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(jobs.get(id));
    }

    @Operation(summary = "The job's history: submitted, claimed, lease expiries, final status")
    @GetMapping("/{id}/events")
    public List<JobViews.Event> events(@PathVariable UUID id) {
        return jobs.events(id);
    }

    private byte[] readBody(HttpServletRequest request) throws IOException {
        long max = props.maxBodyBytes();
        if (request.getContentLengthLong() > max) {
            throw tooLarge(max);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                throw tooLarge(max);
            }
            return body;
        }
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "the request body is larger than "
                + max + " bytes", new io.spinsim.jobs.validation.FieldViolation("$", "is too large",
                "at most " + max + " bytes"));
    }
}
