package io.spinsim.jobs.llg;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.spinsim.jobs.validation.InRange;

/**
 * Energy minimization before the run (present: relax first), with precession and thermal field off and only the
 * uniform field {@code field.b_T} applied (field pulses and currents are off), until the largest torque |m x B|
 * drops below the threshold.
 *
 * @param method         minimize (default): steepest descent with Barzilai-Borwein steps, fast on fine meshes;
 *                       damped: damping-only dynamics integrated with rk45, slower but follows a physical path
 * @param max_torque_T   stop when max over cells of |m x B_eff| is below this (default 1e-4 T)
 * @param max_iterations minimize: give up after this many descent steps (default 200000)
 * @param max_time_s     damped: give up after this much relaxation time (default 5 ns)
 */
public record Relax(
        Method method,
        @InRange(min = 1e-9, max = 1, unit = "T") Double max_torque_T,
        @InRange(min = 1, max = 1e7) Long max_iterations,
        @InRange(min = 1e-12, max = 1e-6, unit = "s") Double max_time_s) {

    public enum Method {
        @JsonProperty("minimize") MINIMIZE,
        @JsonProperty("damped") DAMPED
    }

    public Relax {
        method = method == null ? Method.MINIMIZE : method;
        max_torque_T = max_torque_T == null ? 1e-4 : max_torque_T;
        max_iterations = max_iterations == null ? 200_000L : max_iterations;
        max_time_s = max_time_s == null ? 5e-9 : max_time_s;
    }
}
