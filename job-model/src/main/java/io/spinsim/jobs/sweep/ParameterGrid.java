package io.spinsim.jobs.sweep;

import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InvalidSpecException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cartesian grid of parameter values over a base job spec, for a sweep that fans out one child job per grid point
 * (seed 000 Fig. 5: DMI x anisotropy; Fig. 2: a field sweep). Each axis names a field of the spec by its JSON path
 * ({@code material.dmi_J_per_m2}, {@code field.b_T[2]}); the field must exist in the base spec, so a typo fails
 * before any child job is queued. Child summaries are aggregated back into one CSV, a row per grid point.
 */
public record ParameterGrid(List<Axis> axes) {

    /** Most grid points one sweep may expand to. */
    public static final int MAX_POINTS = 10_000;

    /**
     * @param path   JSON path below the spec: names separated by dots, array elements as [index]
     * @param values values the field takes, in order
     */
    public record Axis(String path, List<JsonNode> values) {

        public Axis {
            values = List.copyOf(values);
        }

        /** n evenly spaced numbers from first to last inclusive. */
        public static Axis linear(String path, double first, double last, int n) {
            List<JsonNode> v = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                v.add(JsonNodeFactory.instance.numberNode(n == 1 ? first : first + (last - first) * i / (n - 1)));
            }
            return new Axis(path, v);
        }
    }

    /** One grid point: the value of every axis, by path, in axis order. */
    public record Point(int index, Map<String, JsonNode> values) {
    }

    public ParameterGrid {
        axes = List.copyOf(axes);
    }

    public long size() {
        long n = 1;
        for (Axis a : axes) {
            n *= a.values().size();
        }
        return n;
    }

    /** Violations of this grid against a base spec: empty axes, too many points, paths the spec lacks. */
    public List<FieldViolation> violations(JsonNode baseSpec, String path) {
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            Axis a = axes.get(i);
            if (a.values().isEmpty()) {
                v.add(new FieldViolation(path + ".axes[" + i + "].values", "must not be empty", "size >= 1"));
            }
            if (find(baseSpec, a.path()) == null) {
                v.add(new FieldViolation(path + ".axes[" + i + "].path", "names no field of the base spec: "
                        + a.path(), "a JSON path present in the base spec, e.g. material.ku_J_per_m3"));
            }
        }
        if (size() > MAX_POINTS) {
            v.add(new FieldViolation(path + ".axes", "expands to " + size() + " points", "at most " + MAX_POINTS));
        }
        return v;
    }

    /** Grid points, the last axis varying fastest. */
    public List<Point> points() {
        List<Point> points = new ArrayList<>();
        int[] at = new int[axes.size()];
        for (int p = 0; p < size(); p++) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (int i = 0; i < axes.size(); i++) {
                values.put(axes.get(i).path(), axes.get(i).values().get(at[i]));
            }
            points.add(new Point(p, values));
            for (int i = axes.size() - 1; i >= 0 && ++at[i] == axes.get(i).values().size(); i--) {
                at[i] = 0;
            }
        }
        return points;
    }

    /**
     * The child spec of one point: a deep copy of the base with the point's values set.
     *
     * @throws InvalidSpecException naming the axis when the base spec lacks its field
     */
    public ObjectNode childSpec(JsonNode baseSpec, Point point) {
        List<FieldViolation> v = violations(baseSpec, "sweep");
        if (!v.isEmpty()) {
            throw new InvalidSpecException(v);
        }
        ObjectNode child = (ObjectNode) baseSpec.deepCopy();
        point.values().forEach((path, value) -> set(child, path, value));
        return child;
    }

    /**
     * One CSV row per point: the axis values, the child's status, then the requested fields of that point's child
     * summary (JSON paths as for axes; empty where a summary lacks them or the child failed, i.e. its summary is
     * null).
     */
    public String aggregateCsv(List<Point> points, List<String> statuses, List<JsonNode> summaries,
                               List<String> summaryPaths) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        axes.forEach(a -> header.add(a.path()));
        header.add("status");
        header.addAll(summaryPaths);
        csv.append(String.join(",", header)).append('\n');
        for (int p = 0; p < points.size(); p++) {
            List<String> row = new ArrayList<>();
            points.get(p).values().values().forEach(v -> row.add(v.asString()));
            row.add(statuses.get(p));
            for (String s : summaryPaths) {
                JsonNode value = summaries.get(p) == null ? null : find(summaries.get(p), s);
                row.add(value == null || value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString()
                        .replace(',', ';'));
            }
            csv.append(String.join(",", row)).append('\n');
        }
        return csv.toString();
    }

    /** The node at a path ({@code a.b[2]}), or null. */
    public static JsonNode find(JsonNode root, String path) {
        return find(root, steps(path));
    }

    private static JsonNode find(JsonNode root, List<String> steps) {
        JsonNode node = root;
        for (String step : steps) {
            if (node == null) {
                return null;
            }
            node = step.startsWith("[") ? node.get(index(step)) : node.get(step);
        }
        return node;
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        List<String> steps = steps(path);
        JsonNode parent = find(root, steps.subList(0, steps.size() - 1));
        String last = steps.get(steps.size() - 1);
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(index(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    /** "[2]" -> 2; anything else -> -1, which names no element. */
    private static int index(String step) {
        String digits = step.substring(1, step.length() - 1);
        return digits.matches("\\d{1,9}") ? Integer.parseInt(digits) : -1;
    }

    /** "field.b_T[2]" -> ["field", "b_T", "[2]"]. */
    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                steps.add(part);
                continue;
            }
            if (bracket > 0) {
                steps.add(part.substring(0, bracket));
            }
            for (String idx : part.substring(bracket).split("(?=\\[)")) {
                steps.add(idx);
            }
        }
        steps.removeIf(String::isEmpty);
        return steps;
    }
}
