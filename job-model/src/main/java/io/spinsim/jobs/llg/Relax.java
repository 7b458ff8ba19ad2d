package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.InRange;

/**
 * Energy minimization before the run (present: relax first): damping-only dynamics (precession, thermal field and
 * time-dependent drives off) integrated with rk45 until the largest torque |m x B| drops below the threshold.
 *
 * @param max_torque_T stop when max over cells of |m x B_eff| is below this (default 1e-4 T)
 * @param max_time_s   give up after this much relaxation time (default 5 ns)
 */
public record Relax(
        @InRange(min = 1e-9, max = 1, unit = "T") Double max_torque_T,
        @InRange(min = 1e-12, max = 1e-6, unit = "s") Double max_time_s) {

    public Relax {
        max_torque_T = max_torque_T == null ? 1e-4 : max_torque_T;
        max_time_s = max_time_s == null ? 5e-9 : max_time_s;
    }
}
