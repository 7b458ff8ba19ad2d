package io.spinsim.jobs.regression;

import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One number a regression case checks: {@code |actual - expected| <= abs_tol + rel_tol * |expected|}.
 *
 * @param path     path into the child job's result summary, e.g. {@code final_m[2]}
 * @param expected the value from theory or a paper; when absent, the suite's stored baseline is the expectation
 * @param abs_tol  absolute tolerance (default 0)
 * @param rel_tol  relative tolerance (default 0)
 * @param why      where the expectation and the tolerance come from
 */
public record RegressionCheck(
        @NotBlank @Size(max = 200) String path,
        @InRange(min = -1e300, max = 1e300) Double expected,
        @InRange(min = 0, max = 1e300) Double abs_tol,
        @InRange(min = 0, max = 1e6) Double rel_tol,
        @Size(max = 1000) String why) {

    public RegressionCheck {
        abs_tol = abs_tol == null ? 0.0 : abs_tol;
        rel_tol = rel_tol == null ? 0.0 : rel_tol;
    }

    public boolean passes(double actual, double expectedValue) {
        return Double.isFinite(actual) && Math.abs(actual - expectedValue) <= abs_tol + rel_tol * Math.abs(expectedValue);
    }
}
