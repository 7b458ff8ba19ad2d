package io.spinsim.jobs.profile;

import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotNull;

/**
 * One programmable state of a device.
 *
 * @param g_S         mean conductance
 * @param sigma_d2d_S device-to-device standard deviation (fixed per physical device; default 0)
 * @param sigma_c2c_S cycle-to-cycle standard deviation (new draw at every programming; default 0)
 */
public record ConductanceLevel(
        @NotNull @InRange(min = 0, max = 10, unit = "S") Double g_S,
        @InRange(min = 0, max = 10, unit = "S") Double sigma_d2d_S,
        @InRange(min = 0, max = 10, unit = "S") Double sigma_c2c_S) {

    public ConductanceLevel {
        sigma_d2d_S = sigma_d2d_S == null ? 0.0 : sigma_d2d_S;
        sigma_c2c_S = sigma_c2c_S == null ? 0.0 : sigma_c2c_S;
    }

    public static ConductanceLevel ideal(double gS) {
        return new ConductanceLevel(gS, 0.0, 0.0);
    }
}
