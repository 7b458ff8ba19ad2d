package io.spinsim.jobs.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.spinsim.jobs.validation.InRange;

/**
 * What one programming pulse costs (schema v2).
 *
 * @param energy_per_update_J  energy dissipated by one programming pulse
 * @param latency_per_update_s time one update takes (pulse period)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateCost(
        @InRange(min = 0, max = 1e-3, unit = "J") Double energy_per_update_J,
        @InRange(min = 0, max = 1, unit = "s") Double latency_per_update_s) {
}
