package io.spinsim.studies;

import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.composite.ChildOutcome;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunner;
import io.spinsim.jobs.sweep.Heatmap;
import io.spinsim.jobs.sweep.ParameterGrid;
import io.spinsim.jobs.sweep.SweepSpec;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Aggregates a finished sweep: one table row per grid point ({@code sweep.csv}) and, when asked, a heat map of one
 * collected quantity over two axes ({@code heatmap.png}, {@code heatmap.csv}; other axes are averaged over).
 */
public final class SweepRunner implements JobRunner<SweepSpec> {

    /**
     * @param failures up to 10 children that did not succeed, with why
     */
    public record SweepSummary(String name, int points, Map<String, Long> children, List<String> axes,
                               List<String> collect, List<Map<String, String>> failures) {
    }

    @Override
    public JobType<SweepSpec> type() {
        return JobTypes.SWEEP;
    }

    @Override
    public JobOutcome run(SweepSpec spec, JobContext context) {
        context.progress(0, "aggregating child jobs");
        ParameterGrid grid = spec.grid();
        List<ParameterGrid.Point> points = grid.points();
        List<ChildOutcome> children = context.children();
        if (children.size() != points.size()) {
            throw new IllegalStateException("sweep has " + children.size() + " children for " + points.size()
                    + " grid points");
        }
        List<String> statuses = children.stream().map(ChildOutcome::status).toList();
        List<JsonNode> summaries = children.stream().map(ChildOutcome::result).toList();
        List<Artifact> artifacts = new ArrayList<>();
        artifacts.add(Artifact.csv("sweep.csv", grid.aggregateCsv(points, statuses, summaries, spec.collect())));
        if (spec.heatmap() != null) {
            artifacts.addAll(heatmap(spec.heatmap(), points, summaries));
        }
        List<Map<String, String>> failures = children.stream().filter(c -> !"succeeded".equals(c.status())).limit(10)
                .map(c -> Map.of("label", c.label(), "status", c.status(), "job_id", c.id().toString(),
                        "detail", c.error() == null ? "" : c.error().path("detail").asString("")))
                .toList();
        Map<String, Long> counts = statuses.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new,
                Collectors.counting()));
        context.progress(1, "aggregated " + points.size() + " points");
        return new JobOutcome(new SweepSummary(spec.name(), points.size(), counts,
                spec.axes().stream().map(a -> a.path()).toList(), spec.collect(), failures), artifacts);
    }

    /** Mean of the value over each (x, y) cell across the other axes; cells without a value stay empty. */
    private static List<Artifact> heatmap(Heatmap map, List<ParameterGrid.Point> points, List<JsonNode> summaries) {
        List<JsonNode> xs = distinct(points, map.x());
        List<JsonNode> ys = distinct(points, map.y());
        double[][] sum = new double[ys.size()][xs.size()];
        int[][] n = new int[ys.size()][xs.size()];
        for (int p = 0; p < points.size(); p++) {
            JsonNode v = summaries.get(p) == null ? null : ParameterGrid.find(summaries.get(p), map.value());
            if (v != null && v.isNumber()) {
                int ix = xs.indexOf(points.get(p).values().get(map.x()));
                int iy = ys.indexOf(points.get(p).values().get(map.y()));
                sum[iy][ix] += v.asDouble();
                n[iy][ix]++;
            }
        }
        StringBuilder csv = new StringBuilder(map.x() + "," + map.y() + "," + map.value() + "\n");
        double[][] mean = new double[ys.size()][xs.size()];
        for (int iy = 0; iy < ys.size(); iy++) {
            for (int ix = 0; ix < xs.size(); ix++) {
                mean[iy][ix] = n[iy][ix] == 0 ? Double.NaN : sum[iy][ix] / n[iy][ix];
                csv.append(xs.get(ix).asString()).append(',').append(ys.get(iy).asString()).append(',')
                        .append(n[iy][ix] == 0 ? "" : String.valueOf(mean[iy][ix])).append('\n');
            }
        }
        int cell = Math.max(4, 480 / Math.max(xs.size(), ys.size()));
        return List.of(Artifact.csv("heatmap.csv", csv.toString()), Artifact.png("heatmap.png", HeatmapImage.png(mean, cell)));
    }

    private static List<JsonNode> distinct(List<ParameterGrid.Point> points, String path) {
        List<JsonNode> values = new ArrayList<>();
        for (ParameterGrid.Point p : points) {
            JsonNode v = p.values().get(path);
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        return values;
    }
}
