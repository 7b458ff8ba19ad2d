package io.spinsim.jobs.llg;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotNull;

/**
 * How long and how to integrate.
 *
 * @param integrator time stepper (default heun)
 * @param dt_s       time step
 * @param duration_s simulated time
 * @param precision  floating point of the state (default fp32)
 * @param backend    opencl (Aparapi kernel), java (plain loops) or auto (OpenCL if a device is present)
 */
public record RunControl(
        Integrator integrator,
        @NotNull @InRange(min = 1e-17, max = 1e-11, unit = "s") Double dt_s,
        @NotNull @InRange(min = 1e-15, max = 1e-5, unit = "s") Double duration_s,
        Precision precision,
        Backend backend) {

    /** Most time steps one job may ask for. */
    public static final long MAX_STEPS = 100_000_000L;

    public enum Integrator {
        @JsonProperty("heun") HEUN
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
    }

    public long steps() {
        return Math.round(Math.ceil(duration_s / dt_s - 1e-9));
    }
}
