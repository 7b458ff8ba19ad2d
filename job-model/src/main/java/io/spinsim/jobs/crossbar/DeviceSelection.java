package io.spinsim.jobs.crossbar;

import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.validation.InRange;
import jakarta.validation.Valid;

import io.spinsim.jobs.validation.FieldViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The device each crosspoint is made of: exactly one of a stored profile artifact (written by a solver job or
 * uploaded), an inline profile, or an ideal N-level device with evenly spaced conductances.
 *
 * @param profile_artifact_id id of a {@code device-profile.json} artifact, fetched over service-api's REST endpoint
 * @param profile             inline profile
 * @param ideal_levels        number of evenly spaced levels of an ideal device
 * @param g_min_S             lowest conductance of the ideal device (default 1e-6 S)
 * @param g_max_S             highest conductance of the ideal device (default 1e-4 S)
 */
public record DeviceSelection(
        UUID profile_artifact_id,
        @Valid DeviceProfile profile,
        @InRange(min = 2, max = 4096) Integer ideal_levels,
        @InRange(min = 0, max = 10, unit = "S") Double g_min_S,
        @InRange(min = 0, max = 10, unit = "S") Double g_max_S) {

    public DeviceSelection {
        g_min_S = g_min_S == null ? 1e-6 : g_min_S;
        g_max_S = g_max_S == null ? 1e-4 : g_max_S;
    }

    int choices() {
        return (profile_artifact_id != null ? 1 : 0) + (profile != null ? 1 : 0) + (ideal_levels != null ? 1 : 0);
    }

    /** Rules across fields, for the cross-field check of a spec that holds a device selection at {@code path}. */
    public List<FieldViolation> crossFieldViolations(String path) {
        List<FieldViolation> v = new ArrayList<>();
        if (choices() != 1) {
            v.add(new FieldViolation(path, "give exactly one device source",
                    "one of profile_artifact_id, profile, ideal_levels"));
        }
        if (ideal_levels != null && !(g_max_S > g_min_S)) {
            v.add(new FieldViolation(path + ".g_max_S", "must exceed g_min_S", "> " + g_min_S));
        }
        if (profile != null) {
            v.addAll(profile.crossFieldViolations(path + ".profile"));
        }
        return v;
    }
}
