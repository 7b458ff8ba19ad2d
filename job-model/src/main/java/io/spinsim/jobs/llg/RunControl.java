package io.spinsim.jobs.llg;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotNull;

/**
 * How long and how to integrate.
 *
 * @param integrator time stepper (default heun): heun and rk4 with the fixed step dt_s, rk45 (Dormand-Prince,
 *                   adaptive) starting from dt_s
 * @param dt_s       time step (rk45: first trial step)
 * @param duration_s simulated time
 * @param precision  floating point of the state (default fp32)
 * @param backend    opencl (Aparapi kernel), java (plain loops) or auto (OpenCL if a device is present)
 * @param tolerance  rk45 only: largest accepted per-cell error of m per step (default 1e-5)
 * @param max_dt_s   rk45 only: largest step (default 1e-12 s)
 */
public record RunControl(
        Integrator integrator,
        @NotNull @InRange(min = 1e-17, max = 1e-11, unit = "s") Double dt_s,
        @NotNull @InRange(min = 1e-15, max = 1e-5, unit = "s") Double duration_s,
        Precision precision,
        Backend backend,
        @InRange(min = 1e-9, max = 1e-1) Double tolerance,
        @InRange(min = 1e-16, max = 1e-11, unit = "s") Double max_dt_s) {

    /** Most time steps one job may ask for (rk45: duration_s / dt_s counts, as the first trial step). */
    public static final long MAX_STEPS = 100_000_000L;

    public enum Integrator {
        @JsonProperty("heun") HEUN,
        @JsonProperty("rk4") RK4,
        @JsonProperty("rk45") RK45
    }

    public enum Precision {
        @JsonProperty("fp32") FP32,
        @JsonProperty("fp64") FP64
    }

    public enum Backend {
        @JsonProperty("auto") AUTO,
        @JsonProperty("opencl") OPENCL,
        @JsonProperty("java") JAVA
    }

    public RunControl {
        integrator = integrator == null ? Integrator.HEUN : integrator;
        precision = precision == null ? Precision.FP32 : precision;
        backend = backend == null ? Backend.AUTO : backend;
        tolerance = tolerance == null ? 1e-5 : tolerance;
        max_dt_s = max_dt_s == null ? 1e-12 : max_dt_s;
    }

    /** Run control with every default: heun, fp32, auto backend. */
    public static RunControl of(double dtS, double durationS) {
        return new RunControl(null, dtS, durationS, null, null, null, null);
    }

    public long steps() {
        return Math.round(Math.ceil(duration_s / dt_s - 1e-9));
    }

    /**
     * Whether a job integrates with Heun or RK4 only: this run, and its relaxation unless that is by minimization
     * (damped relaxation uses rk45). The single-plane film kernel runs no other method.
     */
    public boolean fixedStepOnly(Relax relax) {
        return integrator != Integrator.RK45 && (relax == null || relax.method() == Relax.Method.MINIMIZE);
    }
}
