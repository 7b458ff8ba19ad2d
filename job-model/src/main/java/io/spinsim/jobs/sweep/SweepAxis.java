package io.spinsim.jobs.sweep;

import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * One swept field: either explicit {@code values}, or {@code steps} evenly spaced numbers {@code from} .. {@code to}.
 *
 * @param path JSON path below the child spec, e.g. {@code material.dmi_J_per_m2} or {@code field.b_T[2]}
 */
public record SweepAxis(
        @NotBlank @Size(max = 200) String path,
        @Size(min = 1, max = ParameterGrid.MAX_POINTS) List<@NotNull JsonNode> values,
        @InRange(min = -1e30, max = 1e30) Double from,
        @InRange(min = -1e30, max = 1e30) Double to,
        @InRange(min = 1, max = ParameterGrid.MAX_POINTS) Integer steps) {

    /** True when exactly one of the two forms is given. */
    boolean wellFormed() {
        boolean list = values != null;
        boolean range = from != null || to != null || steps != null;
        return list != range && (list || (from != null && to != null && steps != null));
    }

    ParameterGrid.Axis toAxis() {
        return values != null ? new ParameterGrid.Axis(path, values) : ParameterGrid.Axis.linear(path, from, to, steps);
    }
}
