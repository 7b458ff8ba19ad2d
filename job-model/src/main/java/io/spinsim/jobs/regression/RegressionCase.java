package io.spinsim.jobs.regression;

import io.spinsim.jobs.sweep.JobRequestSpec;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A reference job and the numbers of its result that must not drift.
 *
 * @param name   unique within the suite (letters, digits, '-', '_', '.')
 * @param job    the job request, as submitted to POST /api/v1/jobs
 * @param checks what to compare
 */
public record RegressionCase(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,100}") String name,
        @NotNull @Valid JobRequestSpec job,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid RegressionCheck> checks) {
}
