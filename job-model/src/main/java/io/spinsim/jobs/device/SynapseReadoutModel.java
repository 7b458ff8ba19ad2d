package io.spinsim.jobs.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.spinsim.jobs.llg.Shape;
import io.spinsim.jobs.llg.Vec3;
import io.spinsim.jobs.validation.InRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * How a synapse is read: the skyrmions whose centre lies in the {@code detector} rectangle of one layer, and the
 * conductance of a read-out over that rectangle.
 * <ul>
 *   <li>{@code mtj}: seed 001 eq.4 summed over the detector cells, G0 = cell area / RA, reference layer along
 *       {@code reference} (default -z, seed 001: pinned against the top-layer background);</li>
 *   <li>{@code topological_hall}: seeds 000/002, rho_xy = |Q| rho_sk of the detector, mapped linearly from 0 and
 *       {@code full_scale_skyrmions} skyrmions onto [1/r_off_ohm, 1/r_on_ohm].</li>
 * </ul>
 *
 * @param kind                   mtj (default) or topological_hall
 * @param layer                  z plane read (default 0)
 * @param detector               rectangle under the read-out
 * @param polarization           mtj: P (0.4)
 * @param ra_parallel_ohm_m2     mtj: RA of the parallel state (1e-11 Ohm m^2)
 * @param reference              mtj: reference-layer magnetization (default [0, 0, -1])
 * @param rho_per_skyrmion_ohm_m topological_hall: resistivity per skyrmion (22 nOhm cm)
 * @param full_scale_skyrmions   topological_hall: skyrmion count mapped to r_on_ohm (required there)
 * @param r_on_ohm               topological_hall: 3 kOhm
 * @param r_off_ohm              topological_hall: 9 kOhm
 */
public record SynapseReadoutModel(
        Kind kind,
        @InRange(min = 0, max = 63) Integer layer,
        @NotNull @Valid Shape detector,
        @InRange(min = 0, max = 1) Double polarization,
        @InRange(min = 1e-16, max = 1e-3, unit = "Ohm m^2") Double ra_parallel_ohm_m2,
        Vec3 reference,
        @InRange(min = -1e-5, max = 1e-5, unit = "Ohm m") Double rho_per_skyrmion_ohm_m,
        @InRange(min = 1, max = 100_000) Integer full_scale_skyrmions,
        @InRange(min = 1e-3, max = 1e12, unit = "Ohm") Double r_on_ohm,
        @InRange(min = 1e-3, max = 1e12, unit = "Ohm") Double r_off_ohm) {

    public enum Kind {
        @JsonProperty("mtj") MTJ,
        @JsonProperty("topological_hall") TOPOLOGICAL_HALL
    }

    public SynapseReadoutModel {
        kind = kind == null ? Kind.MTJ : kind;
        layer = layer == null ? 0 : layer;
        if (kind == Kind.MTJ) {
            polarization = polarization == null ? 0.4 : polarization;
            ra_parallel_ohm_m2 = ra_parallel_ohm_m2 == null ? 1e-11 : ra_parallel_ohm_m2;
            reference = reference == null ? new Vec3(0, 0, -1) : reference;
        } else {
            rho_per_skyrmion_ohm_m = rho_per_skyrmion_ohm_m == null ? 22 * TopologicalHallModel.NANO_OHM_CM
                    : rho_per_skyrmion_ohm_m;
            r_on_ohm = r_on_ohm == null ? 3000.0 : r_on_ohm;
            r_off_ohm = r_off_ohm == null ? 9000.0 : r_off_ohm;
        }
    }
}
