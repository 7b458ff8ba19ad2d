package io.spinsim.jobs.llg;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A charge current that exerts a spin torque, with its time profile and where it acts.
 * <ul>
 *   <li>{@code sot}: spin-orbit torque from a heavy metal (seed 000 eq.8): a_J = hbar theta_SH j / (2 e Ms d),
 *       spin polarization p = sign(theta_SH) j_hat x n_hat, damping-like plus field-like part xi a_J;</li>
 *   <li>{@code stt_cpp}: current-perpendicular spin-transfer torque (seed 001 eq.3): beta = hbar P J / (2 e t Ms)
 *       towards the fixed polarization p; also the local spin-polarized nucleation pulse of seed 001 (20 ps at a
 *       chosen spot, {@code shape}).</li>
 * </ul>
 *
 * @param kind           sot or stt_cpp
 * @param j_A_per_m2     current density (seed 001: 30 MA/cm^2 = 3e11 A/m^2; sign reverses the torque)
 * @param profile        when it flows (default: always)
 * @param region         name of the region it acts on (default: everywhere)
 * @param shape          further restricts it to a spot (e.g. a nucleation disk)
 * @param layers         z planes it acts on (default [0], the layer next to the heavy metal)
 * @param theta_sh       sot: spin Hall angle (default 0.1)
 * @param direction      sot: current direction in the plane (default +x)
 * @param normal         sot: interface normal pointing from the heavy metal into the magnet (default +z)
 * @param polarization   stt_cpp: spin polarization factor P (default 0.4, seed 001 Table I)
 * @param p              stt_cpp: spin polarization direction m_p (required)
 * @param xi             ratio of field-like to damping-like torque (default 0)
 * @param thickness_m    free-layer thickness d or t_FM (default the cell thickness dz_m)
 * @param flow           sot: where the current enters and leaves the film; its density and direction then follow
 *                       the film's outline cell by cell (no {@code direction} then) instead of being uniform
 */
public record Current(
        @NotNull Kind kind,
        @NotNull @InRange(min = -1e16, max = 1e16, unit = "A/m^2") Double j_A_per_m2,
        @Valid TimeProfile profile,
        String region,
        @Valid Shape shape,
        @Size(max = 64) List<Integer> layers,
        @InRange(min = -10, max = 10) Double theta_sh,
        Vec3 direction,
        Vec3 normal,
        @InRange(min = 0, max = 1) Double polarization,
        Vec3 p,
        @InRange(min = -100, max = 100) Double xi,
        @InRange(min = 1e-11, max = 1e-6, unit = "m") Double thickness_m,
        @Valid CurrentFlow flow) {

    public enum Kind {
        @JsonProperty("sot") SOT,
        @JsonProperty("stt_cpp") STT_CPP
    }

    public Current {
        profile = profile == null ? TimeProfile.ALWAYS : profile;
        layers = layers == null ? List.of(0) : List.copyOf(layers);
        xi = xi == null ? 0.0 : xi;
        if (kind == Kind.SOT) {
            theta_sh = theta_sh == null ? 0.1 : theta_sh;
            direction = direction == null && flow == null ? new Vec3(1, 0, 0) : direction;
            normal = normal == null ? Vec3.Z : normal;
        }
        if (kind == Kind.STT_CPP) {
            polarization = polarization == null ? 0.4 : polarization;
        }
    }

    public List<FieldViolation> violations(String path, Set<String> regionNames, int planes) {
        List<FieldViolation> v = new ArrayList<>(profile.violations(path + ".profile"));
        if (region != null && !regionNames.contains(region)) {
            v.add(new FieldViolation(path + ".region", "names no region", "one of " + regionNames));
        }
        if (shape != null) {
            v.addAll(shape.violations(path + ".shape"));
        }
        v.addAll(LlgSpec.layerIndexViolations(path + ".layers", layers, planes));
        if (kind == Kind.SOT) {
            notFor(v, path + ".polarization", polarization, "sot");
            notFor(v, path + ".p", p, "sot");
            nonZero(v, path + ".normal", normal);
            if (flow != null) {
                if (direction != null) {
                    v.add(new FieldViolation(path + ".direction", "does not apply with a flow (the flow sets the "
                            + "direction cell by cell)", "absent"));
                }
                v.addAll(flow.violations(path + ".flow"));
                if (normal.norm() > 0 && Math.abs(normal.z()) < normal.norm() * (1 - 1e-9)) {
                    v.add(new FieldViolation(path + ".normal", "must be along z with a flow (the film is in the "
                            + "xy plane)", "[0, 0, 1] or [0, 0, -1]"));
                }
            } else {
                nonZero(v, path + ".direction", direction);
            }
            if (v.isEmpty() && flow == null && cross(direction, normal).norm() == 0) {
                v.add(new FieldViolation(path + ".direction", "is parallel to the interface normal",
                        "a direction with a component in the film plane"));
            }
        } else {
            notFor(v, path + ".theta_sh", theta_sh, "stt_cpp");
            notFor(v, path + ".direction", direction, "stt_cpp");
            notFor(v, path + ".normal", normal, "stt_cpp");
            notFor(v, path + ".flow", flow, "stt_cpp");
            if (p == null) {
                v.add(new FieldViolation(path + ".p", "is required for stt_cpp", "a non-zero vector [x, y, z]"));
            } else {
                nonZero(v, path + ".p", p);
            }
        }
        return v;
    }

    public static Vec3 cross(Vec3 a, Vec3 b) {
        return new Vec3(a.y() * b.z() - a.z() * b.y(), a.z() * b.x() - a.x() * b.z(), a.x() * b.y() - a.y() * b.x());
    }

    private static void notFor(List<FieldViolation> v, String field, Object value, String kind) {
        if (value != null) {
            v.add(new FieldViolation(field, "does not apply to a " + kind + " current", "absent"));
        }
    }

    private static void nonZero(List<FieldViolation> v, String field, Vec3 value) {
        if (value.norm() == 0) {
            v.add(new FieldViolation(field, "must not be the zero vector", "a non-zero vector"));
        }
    }
}
