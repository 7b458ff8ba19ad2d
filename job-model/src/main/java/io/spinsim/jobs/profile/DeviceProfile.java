package io.spinsim.jobs.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.spinsim.jobs.validation.CrossFieldChecked;
import io.spinsim.jobs.validation.FieldViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * Versioned description of a synaptic device that the NN service maps weights onto: what a solver job
 * ({@code device-profile}, {@code synapse-characterization}) writes as {@code device-profile.json}, or what a user
 * uploads from measurements. Levels are sorted by increasing conductance; each level separates its device-to-device
 * and cycle-to-cycle spread.
 * <p>
 * Schema v1 has {@code schema, name, device_class, source, levels}. Schema v2 adds the optional
 * {@code update_curves, nonlinearity, update_cost, read} and is otherwise identical, so every v1 document is read
 * unchanged; a v1 document that uses a v2 field is rejected with a violation naming the field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviceProfile(
        @NotNull @Pattern(regexp = SCHEMA_PATTERN) String schema,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 80) String device_class,
        @Valid ProfileSource source,
        @NotNull @Size(min = 2, max = 4096) List<@NotNull @Valid ConductanceLevel> levels,
        @Valid UpdateCurves update_curves,
        @Valid Nonlinearity nonlinearity,
        @Valid UpdateCost update_cost,
        @Valid ReadConditions read) implements CrossFieldChecked {

    public static final String SCHEMA_V1 = "spinsim.device-profile/v1";
    public static final String SCHEMA_V2 = "spinsim.device-profile/v2";
    static final String SCHEMA_PATTERN = "spinsim\\.device-profile/v[12]";

    public DeviceProfile {
        levels = levels == null ? null : List.copyOf(levels);
    }

    /** A v1 profile: levels only. */
    public DeviceProfile(String schema, String name, String deviceClass, ProfileSource source,
                         List<ConductanceLevel> levels) {
        this(schema, name, deviceClass, source, levels, null, null, null, null);
    }

    public double gMinS() {
        return levels.get(0).g_S();
    }

    public double gMaxS() {
        return levels.get(levels.size() - 1).g_S();
    }

    @Override
    public List<FieldViolation> crossFieldViolations(String path) {
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 1; i < levels.size(); i++) {
            if (!(levels.get(i).g_S() > levels.get(i - 1).g_S())) {
                v.add(new FieldViolation(path + ".levels[" + i + "].g_S",
                        "levels must increase strictly with index", "> levels[" + (i - 1) + "].g_S"));
            }
        }
        if (SCHEMA_V1.equals(schema)) {
            requireV2(v, path + ".update_curves", update_curves);
            requireV2(v, path + ".nonlinearity", nonlinearity);
            requireV2(v, path + ".update_cost", update_cost);
            requireV2(v, path + ".read", read);
        }
        return v;
    }

    private static void requireV2(List<FieldViolation> v, String field, Object value) {
        if (value != null) {
            v.add(new FieldViolation(field, "is a schema v2 field", "schema " + SCHEMA_V2));
        }
    }
}
