package io.spinsim.jobs.profile;

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
 * ({@code device-profile}, characterization) writes as {@code device-profile.json}, or what a user uploads.
 * Levels are sorted by increasing conductance.
 */
public record DeviceProfile(
        @NotNull @Pattern(regexp = SCHEMA_V1) String schema,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 80) String device_class,
        @Valid ProfileSource source,
        @NotNull @Size(min = 2, max = 4096) List<@NotNull @Valid ConductanceLevel> levels) implements CrossFieldChecked {

    public static final String SCHEMA_V1 = "spinsim.device-profile/v1";

    public DeviceProfile {
        levels = levels == null ? null : List.copyOf(levels);
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
        return v;
    }
}
