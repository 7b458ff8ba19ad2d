package io.spinsim.api.jobs;

import io.spinsim.api.config.ApiProperties;
import io.spinsim.api.problems.ApiException;
import io.spinsim.auth.ApiKey;
import io.spinsim.db.jobs.JobQueue;
import io.spinsim.db.jobs.NewJob;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.Sized;
import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.SpecReader;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Limits checked at submission: per key, jobs queued or running at once and grid size per job; for everyone, the
 * estimated working memory of a job.
 */
@Component
class Quotas {

    private final JobQueue queue;
    private final long maxJobMemoryBytes;
    private final SpecReader reader = new SpecReader();

    Quotas(JobQueue queue, ApiProperties props) {
        this.queue = queue;
        this.maxJobMemoryBytes = props.maxJobMemoryBytes();
    }

    void check(ApiKey caller, Object spec, List<NewJob> children) {
        long open = queue.openJobsOf(caller.id());
        if (open >= caller.maxQueuedJobs()) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "quota-exceeded", "this key has " + open
                    + " jobs queued or running, its quota is " + caller.maxQueuedJobs(),
                    new FieldViolation("max_queued_jobs", "quota reached", "at most " + caller.maxQueuedJobs()
                            + " jobs queued or running"));
        }
        checkSize(caller, spec, "spec");
        for (int i = 0; i < children.size(); i++) {
            NewJob child = children.get(i);
            Class<?> specClass = JobTypes.byName(child.type()).orElseThrow().specClass();
            checkSize(caller, reader.read(SpecReader.mapper().readTree(child.specJson()), specClass, "child"),
                    "spec (child " + i + ": " + child.label() + ")");
        }
    }

    private void checkSize(ApiKey caller, Object spec, String path) {
        if (!(spec instanceof Sized sized)) {
            return;
        }
        if (sized.cells() > caller.maxCells()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "quota-exceeded", path + " asks for " + sized.cells()
                    + " cells; this key may run at most " + caller.maxCells(),
                    new FieldViolation(path + ".mesh", "exceeds this key's max_cells", "at most " + caller.maxCells()
                            + " cells"));
        }
        if (sized.memoryBytes() > maxJobMemoryBytes) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "limit-exceeded", path + " needs about "
                    + sized.memoryBytes() + " bytes of memory; jobs may use at most " + maxJobMemoryBytes,
                    new FieldViolation(path + ".mesh", "needs too much memory (estimated " + sized.memoryBytes()
                            + " bytes)", "at most " + maxJobMemoryBytes + " bytes: a smaller grid, fp32, or no FFT demag"));
        }
    }
}
