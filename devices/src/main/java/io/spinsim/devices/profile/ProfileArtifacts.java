package io.spinsim.devices.profile;

import io.spinsim.jobs.profile.ConductanceLevel;
import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.validation.SpecReader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a profile the way the NN service reads it back: validated, as {@code device-profile.json}. */
public final class ProfileArtifacts {

    public static final String PROFILE_ARTIFACT = "device-profile.json";

    private ProfileArtifacts() {
    }

    /**
     * @throws io.spinsim.jobs.validation.InvalidSpecException when the profile would not be accepted on upload,
     *                                                         e.g. two levels with equal conductance
     */
    public static Artifact json(DeviceProfile profile) {
        new SpecReader().validate(profile, PROFILE_ARTIFACT);
        return Artifact.json(PROFILE_ARTIFACT, SpecReader.mapper().writeValueAsBytes(profile));
    }

    public static Artifact levelsCsv(DeviceProfile profile) {
        StringBuilder csv = new StringBuilder("level,g_S,sigma_d2d_S,sigma_c2c_S,weight\n");
        for (int i = 0; i < profile.levels().size(); i++) {
            ConductanceLevel l = profile.levels().get(i);
            csv.append(i).append(',').append(l.g_S()).append(',').append(l.sigma_d2d_S()).append(',')
                    .append(l.sigma_c2c_S()).append(',').append(weight(profile, l.g_S())).append('\n');
        }
        return Artifact.csv("levels.csv", csv.toString());
    }

    /** Figures every profile summary carries: level count, window, ON/OFF ratio, mean step. */
    public static Map<String, Object> windowSummary(DeviceProfile profile) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", profile.name());
        s.put("device_class", profile.device_class());
        s.put("levels", profile.levels().size());
        s.put("g_min_S", profile.gMinS());
        s.put("g_max_S", profile.gMaxS());
        s.put("on_off_ratio", profile.gMaxS() / profile.gMinS());
        int steps = profile.levels().size() - 1;
        s.put("mean_step_S", steps > 0 ? (profile.gMaxS() - profile.gMinS()) / steps : null);
        s.put("artifact", PROFILE_ARTIFACT);
        return s;
    }

    public static List<ConductanceLevel> ideal(double[] levelsS) {
        return java.util.Arrays.stream(levelsS).mapToObj(ConductanceLevel::ideal).toList();
    }

    private static double weight(DeviceProfile profile, double gS) {
        return (gS - profile.gMinS()) / (profile.gMaxS() - profile.gMinS()); // seed 001 eq.5
    }
}
