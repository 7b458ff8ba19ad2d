package io.spinsim.db.jobs;

import io.spinsim.jobs.JobStatus;
import org.springframework.data.jpa.domain.Specification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Listing filters; a null value does not filter. */
public final class JobFilters {

    private JobFilters() {
    }

    /** @param topLevel only jobs that are no composite's child */
    public static Specification<JobEntity> of(String type, JobStatus status, UUID parentId, boolean topLevel,
                                              Instant createdAfter) {
        List<Specification<JobEntity>> all = new ArrayList<>();
        if (topLevel) {
            all.add((r, q, cb) -> cb.isNull(r.get("parentId")));
        }
        if (type != null) {
            all.add((r, q, cb) -> cb.equal(r.get("type"), type));
        }
        if (status != null) {
            all.add((r, q, cb) -> cb.equal(r.get("status"), status));
        }
        if (parentId != null) {
            all.add((r, q, cb) -> cb.equal(r.get("parentId"), parentId));
        }
        if (createdAfter != null) {
            all.add((r, q, cb) -> cb.greaterThan(r.get("createdAt"), createdAfter));
        }
        return Specification.allOf(all);
    }
}
