package io.spinsim.jobs.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.spinsim.jobs.validation.InRange;

/**
 * Conditions under which the levels were read (schema v2).
 *
 * @param read_voltage_V     voltage across the device while reading
 * @param read_pulse_width_s duration of the read pulse
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReadConditions(
        @InRange(min = 0, max = 10, unit = "V") Double read_voltage_V,
        @InRange(min = 0, max = 1, unit = "s") Double read_pulse_width_s) {
}
