package io.spinsim.jobs.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;

/**
 * Measured or simulated weight-update behaviour (schema v2): what an on-chip training simulation replays.
 *
 * @param ltp potentiation: pulses that raise the conductance
 * @param ltd depression: pulses of the opposite polarity that lower it, starting where ltp ended
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateCurves(@Valid UpdateCurve ltp, @Valid UpdateCurve ltd) {
}
