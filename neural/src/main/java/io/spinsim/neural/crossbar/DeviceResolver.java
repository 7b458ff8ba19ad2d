package io.spinsim.neural.crossbar;

import io.spinsim.jobs.crossbar.DeviceSelection;
import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.run.ArtifactSource;
import io.spinsim.jobs.validation.InvalidSpecException;
import io.spinsim.jobs.validation.SpecReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.util.UUID;
import java.util.stream.Collectors;

/** Turns a job's device selection into conductance levels, fetching and validating a stored profile if named. */
public final class DeviceResolver {

    private DeviceResolver() {
    }

    public static ConductanceLevels resolve(DeviceSelection selection, ArtifactSource artifacts) {
        return levels(selection, profile(selection, artifacts));
    }

    /** Levels of the resolved profile, or of the ideal device when the profile is null. */
    public static ConductanceLevels levels(DeviceSelection selection, DeviceProfile profile) {
        return profile != null ? ConductanceLevels.of(profile)
                : ConductanceLevels.ideal(selection.ideal_levels(), selection.g_min_S(), selection.g_max_S());
    }

    /** The selected profile (inline or fetched), or null for an ideal device. */
    public static DeviceProfile profile(DeviceSelection selection, ArtifactSource artifacts) {
        if (selection.ideal_levels() != null) {
            return null;
        }
        return selection.profile() != null ? selection.profile()
                : fetchProfile(selection.profile_artifact_id(), artifacts);
    }

    /**
     * Reads and validates a {@code device-profile.json} artifact.
     *
     * @throws IllegalArgumentException naming the artifact and every invalid field when it is not a valid profile
     */
    public static DeviceProfile fetchProfile(UUID artifactId, ArtifactSource artifacts) {
        byte[] bytes = artifacts.fetch(artifactId);
        String where = "device profile artifact " + artifactId;
        JsonNode node;
        try {
            node = SpecReader.mapper().readTree(bytes);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(where + " is not JSON: " + e.getOriginalMessage(), e);
        }
        try {
            return new SpecReader().read(node, DeviceProfile.class, "profile");
        } catch (InvalidSpecException e) {
            String fields = e.violations().stream()
                    .map(v -> v.field() + ": " + v.message() + (v.allowed() == null ? "" : " (allowed: " + v.allowed() + ")"))
                    .collect(Collectors.joining("; "));
            throw new IllegalArgumentException(where + " is not a valid device profile: " + fields, e);
        }
    }
}
