package io.spinsim.jobs.device;

import io.spinsim.jobs.validation.CrossFieldChecked;
import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Spec of a {@code device-profile} job: a device profile computed from one closed-form device model, stored as
 * {@code device-profile.json}. Give exactly one model.
 *
 * @param name             profile name (default: the model's name)
 * @param straintronic_mtj seed 004 straintronic MTJ, levels sampled over its linear range
 * @param skyrmion_mtj     seed 001 skyrmion synapse read by an MTJ detector (eq.4 over a skyrmion map)
 * @param topological_hall seeds 000/002 skyrmion synapse read through the topological Hall effect
 * @param mtj_per_skyrmion seed 000 skyrmion synapse read by a vertical MTJ, fixed step per skyrmion
 * @param read_voltage_V   read voltage recorded in the profile (default 0.1 V)
 */
public record DeviceProfileSpec(
        @Size(max = 200) String name,
        @Valid StraintronicMtjModel straintronic_mtj,
        @Valid SkyrmionMtjModel skyrmion_mtj,
        @Valid TopologicalHallModel topological_hall,
        @Valid MtjPerSkyrmionModel mtj_per_skyrmion,
        @InRange(min = 1e-4, max = 10, unit = "V") Double read_voltage_V) implements CrossFieldChecked {

    public DeviceProfileSpec {
        read_voltage_V = read_voltage_V == null ? 0.1 : read_voltage_V;
    }

    @Override
    public List<FieldViolation> crossFieldViolations(String path) {
        List<FieldViolation> v = new ArrayList<>();
        long models = Stream.of(straintronic_mtj, skyrmion_mtj, topological_hall, mtj_per_skyrmion)
                .filter(Objects::nonNull).count();
        if (models != 1) {
            v.add(new FieldViolation(path, "give exactly one device model (got " + models + ")",
                    "one of straintronic_mtj, skyrmion_mtj, topological_hall, mtj_per_skyrmion"));
        }
        if (straintronic_mtj != null) {
            checkStraintronic(v, path + ".straintronic_mtj");
        }
        if (skyrmion_mtj != null) {
            checkSkyrmionMtj(v, path + ".skyrmion_mtj");
        }
        if (topological_hall != null) {
            checkTopologicalHall(v, path + ".topological_hall");
        }
        if (mtj_per_skyrmion != null) {
            checkMtjPerSkyrmion(v, path + ".mtj_per_skyrmion");
        }
        return v;
    }

    private void checkStraintronic(List<FieldViolation> v, String p) {
        StraintronicMtjModel m = straintronic_mtj;
        if (!(m.r_ap_ohm() > m.r_p_ohm())) {
            v.add(new FieldViolation(p + ".r_ap_ohm", "must exceed r_p_ohm", "> " + m.r_p_ohm() + " Ohm"));
        }
        if (m.minor_axis_m() > m.major_axis_m()) {
            v.add(new FieldViolation(p + ".minor_axis_m", "must not exceed major_axis_m",
                    "<= " + m.major_axis_m() + " m"));
        }
    }

    private void checkSkyrmionMtj(List<FieldViolation> v, String p) {
        SkyrmionMtjModel m = skyrmion_mtj;
        if (m.detector_width_m() < m.cell_size_m() || m.detector_length_m() < m.cell_size_m()) {
            v.add(new FieldViolation(p + ".cell_size_m", "is larger than the detector",
                    "<= min(detector_length_m, detector_width_m)"));
        } else if (m.cells() > SkyrmionMtjModel.MAX_CELLS) {
            v.add(new FieldViolation(p + ".cell_size_m", "gives " + m.cells() + " detector cells",
                    "at most " + SkyrmionMtjModel.MAX_CELLS + " cells"));
        }
        if (m.skyrmion_radius_m() == null || m.wall_width_m() == null) {
            v.add(new FieldViolation(p + ".skyrmion_radius_m", "the material holds no isolated skyrmion "
                    + "(K_eff <= 0 or D >= 4 sqrt(A K_eff)/pi): give skyrmion_radius_m and wall_width_m", "a value"));
            return;
        }
        double footprint = 2 * (m.skyrmion_radius_m() + 2 * m.wall_width_m());
        if (m.detector_length_m() / m.skyrmions() < footprint) {
            v.add(new FieldViolation(p + ".skyrmions", m.skyrmions() + " skyrmions of diameter " + footprint
                    + " m (2 (R + 2 w)) do not fit side by side in detector_length_m",
                    "<= " + (long) Math.floor(m.detector_length_m() / footprint)));
        }
        if (m.detector_width_m() < footprint) {
            v.add(new FieldViolation(p + ".detector_width_m", "is narrower than one skyrmion, 2 (R + 2 w)",
                    ">= " + footprint + " m"));
        }
    }

    private void checkTopologicalHall(List<FieldViolation> v, String p) {
        TopologicalHallModel m = topological_hall;
        if (m.rho_per_skyrmion_ohm_m() == 0) {
            v.add(new FieldViolation(p + ".rho_per_skyrmion_ohm_m", "must not be zero", "!= 0"));
        }
        if (!(m.r_off_ohm() > m.r_on_ohm())) {
            v.add(new FieldViolation(p + ".r_off_ohm", "must exceed r_on_ohm", "> " + m.r_on_ohm() + " Ohm"));
        }
    }

    private void checkMtjPerSkyrmion(List<FieldViolation> v, String p) {
        MtjPerSkyrmionModel m = mtj_per_skyrmion;
        double rFull = m.r_empty_ohm() + m.skyrmions() * m.delta_r_per_skyrmion_ohm();
        if (m.delta_r_per_skyrmion_ohm() == 0) {
            v.add(new FieldViolation(p + ".delta_r_per_skyrmion_ohm", "must not be zero", "!= 0"));
        } else if (!(rFull > 0)) {
            v.add(new FieldViolation(p + ".delta_r_per_skyrmion_ohm",
                    "gives a non-positive resistance " + rFull + " Ohm with all skyrmions in",
                    "> -r_empty_ohm / skyrmions"));
        }
    }
}
