package io.spinsim.jobs.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Conductance of one device along a train of identical programming pulses (schema v2).
 *
 * @param g_S           conductance before the first pulse (index 0) and after each pulse n (index n)
 * @param pulse_width_s duration of one programming pulse (optional)
 * @param period_s      time from the start of one pulse to the start of the next (optional)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateCurve(
        @NotNull @Size(min = 2, max = 100_000) List<@NotNull @InRange(min = 0, max = 10, unit = "S") Double> g_S,
        @InRange(min = 0, max = 1, unit = "s") Double pulse_width_s,
        @InRange(min = 0, max = 1, unit = "s") Double period_s) {

    public UpdateCurve {
        g_S = g_S == null ? null : List.copyOf(g_S);
    }

    public int pulses() {
        return g_S.size() - 1;
    }
}
