package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.FieldViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An applied field on one region (or everywhere) with a time profile: a pulse, a pulse train or a constant
 * regional field.
 *
 * @param region  name of a region in {@code regions}; omitted: the whole magnet
 * @param b_T     flux density while on, T
 * @param profile when it is on (default: always)
 */
public record FieldPulse(String region, @NotNull Vec3 b_T, @Valid TimeProfile profile) {

    public FieldPulse {
        profile = profile == null ? TimeProfile.ALWAYS : profile;
    }

    public List<FieldViolation> violations(String path, Set<String> regionNames) {
        List<FieldViolation> v = new ArrayList<>(profile.violations(path + ".profile"));
        if (region != null && !regionNames.contains(region)) {
            v.add(new FieldViolation(path + ".region", "names no region", "one of " + regionNames));
        }
        if (b_T.norm() > ExternalField.MAX_B_T) {
            v.add(new FieldViolation(path + ".b_T", "|B| is too large", "|B| <= " + ExternalField.MAX_B_T + " T"));
        }
        return v;
    }
}
