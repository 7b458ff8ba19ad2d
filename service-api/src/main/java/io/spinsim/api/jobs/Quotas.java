package io.spinsim.api.jobs;

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

/** Per-key limits checked at submission: jobs queued or running at once, and grid size per job. */
@Component
class Quotas {

    private final JobQueue queue;
    private final SpecReader reader = new SpecReader();

    Quotas(JobQueue queue) {
        this.queue = queue;
    }

    void check(ApiKey caller, Object spec, List<NewJob> children) {
        long open = queue.openJobsOf(caller.id());
        if (open >= caller.maxQueuedJobs()) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "quota-exceeded", "this key has " + open
                    + " jobs queued or running, its quota is " + caller.maxQueuedJobs(),
                    new FieldViolation("max_queued_jobs", "quota reached", "at most " + caller.maxQueuedJobs()
                            + " jobs queued or running"));
        }
        checkCells(caller, spec, "spec");
        for (int i = 0; i < children.size(); i++) {
            NewJob child = children.get(i);
            Class<?> specClass = JobTypes.byName(child.type()).orElseThrow().specClass();
            checkCells(caller, reader.read(SpecReader.mapper().readTree(child.specJson()), specClass, "child"),
                    "spec (child " + i + ": " + child.label() + ")");
        }
    }

    private static void checkCells(ApiKey caller, Object spec, String path) {
        if (spec instanceof Sized sized && sized.cells() > caller.maxCells()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "quota-exceeded", path + " asks for " + sized.cells()
                    + " cells; this key may run at most " + caller.maxCells(),
                    new FieldViolation(path + ".mesh", "exceeds this key's max_cells", "at most " + caller.maxCells()
                            + " cells"));
        }
    }
}
