package io.spinsim.jobs.sweep;

import io.spinsim.jobs.validation.CrossFieldChecked;
import io.spinsim.jobs.validation.FieldViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * Spec of a {@code sweep} job: a parameter grid over a base job, fanned out as one child job per grid point across
 * the workers, then aggregated into {@code sweep.csv} (one row per point) and, when asked, a heat map.
 *
 * @param name    label
 * @param job     the base job request; each child is it with the point's values set
 * @param axes    the swept fields (cartesian product, the last axis fastest)
 * @param collect result-summary paths of the children to put in the table, e.g. {@code skyrmion_count}
 * @param heatmap optional 2D map of one collected quantity over two axes
 */
public record SweepSpec(
        @Size(max = 200) String name,
        @NotNull @Valid JobRequestSpec job,
        @NotNull @Size(min = 1, max = 4) List<@NotNull @Valid SweepAxis> axes,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> collect,
        @Valid Heatmap heatmap) implements CrossFieldChecked {

    public SweepSpec {
        name = name == null ? "sweep" : name;
        collect = collect == null ? List.of() : List.copyOf(collect);
    }

    public ParameterGrid grid() {
        return new ParameterGrid(axes.stream().map(SweepAxis::toAxis).toList());
    }

    @Override
    public List<FieldViolation> crossFieldViolations(String path) {
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            if (!axes.get(i).wellFormed()) {
                v.add(new FieldViolation(path + ".axes[" + i + "]", "give either values, or from, to and steps",
                        "{values: [...]} or {from, to, steps}"));
            }
        }
        if (heatmap != null) {
            List<String> paths = axes.stream().map(SweepAxis::path).toList();
            if (!paths.contains(heatmap.x()) || !paths.contains(heatmap.y())) {
                v.add(new FieldViolation(path + ".heatmap", "x and y must be swept axes", "one of " + paths));
            }
            if (!collect.contains(heatmap.value())) {
                v.add(new FieldViolation(path + ".heatmap.value", "must be a collected path", "one of " + collect));
            }
        }
        return v;
    }
}
