package io.spinsim.jobs.regression;

import io.spinsim.jobs.validation.CrossFieldChecked;
import io.spinsim.jobs.validation.FieldViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spec of a {@code regression} job: a named suite of reference jobs run as child jobs, whose results are compared
 * with expectations (from theory where a check gives {@code expected}, else from the stored baseline) within
 * tolerances. It writes {@code junit.xml} for any CI and {@code report.json} (with the measured values, the format
 * of a baseline file, so a reviewed commit can update the baseline).
 *
 * @param suite    suite name
 * @param cases    the reference jobs and their checks
 * @param baseline case name to (check path to value): the values a previous reviewed run measured
 */
public record RegressionSpec(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,99}") String suite,
        @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid RegressionCase> cases,
        @Size(max = 500) Map<String, @Size(max = 50) Map<String, Double>> baseline) implements CrossFieldChecked {

    public RegressionSpec {
        baseline = baseline == null ? Map.of() : baseline;
    }

    @Override
    public List<FieldViolation> crossFieldViolations(String path) {
        List<FieldViolation> v = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < cases.size(); i++) {
            if (!names.add(cases.get(i).name())) {
                v.add(new FieldViolation(path + ".cases[" + i + "].name", "duplicates an earlier case name",
                        "a name unique within the suite"));
            }
        }
        for (String name : baseline.keySet()) {
            if (!names.contains(name)) {
                v.add(new FieldViolation(path + ".baseline." + name, "names no case of the suite", "one of " + names));
            }
        }
        return v;
    }
}
