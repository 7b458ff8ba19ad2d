package io.spinsim.api.jobtypes;

import io.spinsim.jobs.JobTypes;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

/** The job types this platform runs, and which service runs them. */
@RestController
public class JobTypeController {

    public record JobTypeView(String name, String worker, String summary, String spec_schema) {
    }

    @Operation(summary = "Job types; each spec's JSON schema is in the OpenAPI document under spec_schema")
    @GetMapping("/api/v1/job-types")
    public List<JobTypeView> list() {
        return JobTypes.all().stream().map(t -> new JobTypeView(t.name(), t.worker().name().toLowerCase(Locale.ROOT),
                t.summary(), "/v3/api-docs#/components/schemas/" + t.specClass().getSimpleName())).toList();
    }
}
