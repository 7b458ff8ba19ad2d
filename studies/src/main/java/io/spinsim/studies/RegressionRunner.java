package io.spinsim.studies;

import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.composite.ChildOutcome;
import io.spinsim.jobs.regression.RegressionCase;
import io.spinsim.jobs.regression.RegressionCheck;
import io.spinsim.jobs.regression.RegressionSpec;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunner;
import io.spinsim.jobs.sweep.ParameterGrid;
import io.spinsim.jobs.validation.SpecReader;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges a finished regression suite: every check of every case against its expectation (theory when the check
 * gives one, else the reviewed baseline). The job succeeds when it could judge; whether the suite passed is in
 * the result ({@code passed}) and in {@code junit.xml}.
 */
public final class RegressionRunner implements JobRunner<RegressionSpec> {

    /**
     * @param source theory, baseline or none
     * @param why    where the expectation and tolerance come from, as the suite says
     */
    public record CheckResult(String path, Double actual, Double expected, String source, double abs_tol,
                              double rel_tol, boolean passed, String message, String why) {
    }

    public record CaseResult(String name, String job_id, String status, boolean passed, List<CheckResult> checks) {
    }

    /**
     * @param measured values of the baseline-checked paths, in the format of a baseline file
     */
    public record RegressionSummary(String suite, boolean passed, int cases, int checks, int checks_failed,
                                    List<String> failures, List<CaseResult> results,
                                    Map<String, Map<String, Double>> measured) {
    }

    @Override
    public JobType<RegressionSpec> type() {
        return JobTypes.REGRESSION;
    }

    @Override
    public JobOutcome run(RegressionSpec spec, JobContext context) {
        long start = System.nanoTime();
        context.progress(0, "judging " + spec.cases().size() + " cases");
        Map<String, ChildOutcome> byName = context.children().stream()
                .collect(Collectors.toMap(ChildOutcome::label, Function.identity()));
        List<CaseResult> results = new ArrayList<>();
        Map<String, Map<String, Double>> measured = new LinkedHashMap<>();
        for (RegressionCase c : spec.cases()) {
            results.add(judge(c, byName.get(c.name()), spec.baseline().getOrDefault(c.name(), Map.of()), measured));
        }
        List<JUnitXml.TestCase> tests = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (CaseResult r : results) {
            for (CheckResult k : r.checks()) {
                checks++;
                String details = "actual " + k.actual() + ", expected " + k.expected() + " (" + k.source()
                        + "), tolerance abs " + k.abs_tol() + " + rel " + k.rel_tol() + "; job " + r.job_id();
                tests.add(new JUnitXml.TestCase(spec.suite() + "." + r.name(), k.path(), k.passed() ? null
                        : k.message(), details));
                if (!k.passed()) {
                    failures.add(r.name() + " " + k.path() + ": " + k.message());
                }
            }
        }
        RegressionSummary summary = new RegressionSummary(spec.suite(), failures.isEmpty(), results.size(), checks,
                failures.size(), failures, results, measured);
        double seconds = (System.nanoTime() - start) / 1e9;
        context.progress(1, failures.isEmpty() ? "suite passed" : failures.size() + " checks failed");
        return new JobOutcome(summary, List.of(
                new Artifact("junit.xml", "application/xml",
                        JUnitXml.write(spec.suite(), tests, seconds).getBytes(StandardCharsets.UTF_8)),
                Artifact.json("report.json", SpecReader.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(summary))));
    }

    private static CaseResult judge(RegressionCase c, ChildOutcome child, Map<String, Double> baseline,
                                    Map<String, Map<String, Double>> measured) {
        List<CheckResult> checks = new ArrayList<>();
        boolean ran = child != null && "succeeded".equals(child.status());
        for (RegressionCheck check : c.checks()) {
            Double expected = check.expected() != null ? check.expected() : baseline.get(check.path());
            String source = check.expected() != null ? "theory" : expected != null ? "baseline" : "none";
            if (!ran) {
                String why = child == null ? "no job ran for this case" : "job " + child.status()
                        + (child.error() == null ? "" : ": " + child.error().path("detail").asString(""));
                checks.add(new CheckResult(check.path(), null, expected, source, check.abs_tol(), check.rel_tol(),
                        false, why, check.why()));
                continue;
            }
            JsonNode value = ParameterGrid.find(child.result(), check.path());
            Double actual = value != null && value.isNumber() ? value.asDouble() : null;
            if (actual != null && check.expected() == null) {
                measured.computeIfAbsent(c.name(), k -> new LinkedHashMap<>()).put(check.path(), actual);
            }
            checks.add(verdict(check, actual, expected, source));
        }
        return new CaseResult(c.name(), child == null ? null : child.id().toString(),
                child == null ? "missing" : child.status(), checks.stream().allMatch(CheckResult::passed), checks);
    }

    private static CheckResult verdict(RegressionCheck check, Double actual, Double expected, String source) {
        String message;
        boolean passed = false;
        if (actual == null) {
            message = "the result has no number at " + check.path();
        } else if (expected == null) {
            message = "no expected value and no baseline for " + check.path() + " (update the baseline)";
        } else {
            passed = check.passes(actual, expected);
            message = passed ? "ok" : "|" + actual + " - " + expected + "| = " + Math.abs(actual - expected)
                    + " exceeds " + (check.abs_tol() + check.rel_tol() * Math.abs(expected));
        }
        return new CheckResult(check.path(), actual, expected, source, check.abs_tol(), check.rel_tol(), passed, message,
                check.why());
    }
}
