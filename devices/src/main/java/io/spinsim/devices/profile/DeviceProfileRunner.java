package io.spinsim.devices.profile;

import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.device.DeviceProfileSpec;
import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.profile.ProfileSource;
import io.spinsim.jobs.profile.ReadConditions;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunner;

import java.util.List;
import java.util.Map;

/** Runs {@code device-profile} jobs: samples a closed-form device model into a stored device profile. */
public final class DeviceProfileRunner implements JobRunner<DeviceProfileSpec> {

    @Override
    public JobType<DeviceProfileSpec> type() {
        return JobTypes.DEVICE_PROFILE;
    }

    @Override
    public JobOutcome run(DeviceProfileSpec spec, JobContext context) {
        ClosedFormDevice device = device(spec);
        context.progress(0, "sampling " + device.deviceClass() + " levels");
        DeviceProfile profile = profile(spec, device, context.jobId().toString());
        Map<String, Object> summary = ProfileArtifacts.windowSummary(profile);
        summary.put("source", profile.source().reference());
        summary.put("model", device.summary());
        context.progress(1, "profile written");
        return new JobOutcome(summary, List.of(ProfileArtifacts.json(profile), ProfileArtifacts.levelsCsv(profile)));
    }

    /** The profile a spec describes, attributed to the job that computed it. */
    public static DeviceProfile profile(DeviceProfileSpec spec, ClosedFormDevice device, String jobId) {
        return new DeviceProfile(DeviceProfile.SCHEMA_V2, spec.name() != null ? spec.name() : device.defaultName(),
                device.deviceClass(), new ProfileSource("closed-form", jobId, device.reference()),
                ProfileArtifacts.ideal(device.levelsS()), null, null, null,
                new ReadConditions(spec.read_voltage_V(), null));
    }

    /** The one model the spec names (SpecReader has checked there is exactly one). */
    public static ClosedFormDevice device(DeviceProfileSpec spec) {
        if (spec.straintronic_mtj() != null) {
            return new StraintronicMtjDevice(spec.straintronic_mtj());
        }
        if (spec.skyrmion_mtj() != null) {
            return new SkyrmionMtjDevice(spec.skyrmion_mtj());
        }
        if (spec.topological_hall() != null) {
            return new TopologicalHallDevice(spec.topological_hall());
        }
        return new MtjPerSkyrmionDevice(spec.mtj_per_skyrmion());
    }
}
