package io.spinsim.jobs.device;

import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.validation.InRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A micromagnetic skyrmion LIF neuron (seed 001 Sec. III A): its write currents drive the skyrmion for
 * {@code integrate_s}, then the anisotropy gradient alone pulls it back for {@code leak_s}. The skyrmion's centre
 * along x in {@code layer} is the membrane potential; the fitted velocities give nu and eta of seed 001 eq.7.
 *
 * @param device            the neuron (mesh, layers with the gradient, skyrmion seed, write current)
 * @param layer             z plane whose skyrmion is tracked (default 1, the top layer)
 * @param integrate_s       time the current flows (default 2 ns)
 * @param leak_s            time without current that follows (default 23 ns, seed 001 Fig. 3b)
 * @param sample_interval_s time between position samples (default 50 ps)
 * @param step_s            time step of the eq.7 network model the fit is used in (default 2 ns, seed 001)
 * @param start_m           position after a reset in the eq.7 model (default 50 nm)
 * @param detector_m        firing position in the eq.7 model (default 150 nm)
 */
public record SkyrmionNeuronLlg(
        @NotNull @Valid LlgSpec device,
        @InRange(min = 0, max = 63) Integer layer,
        @InRange(min = 1e-12, max = 1e-6, unit = "s") Double integrate_s,
        @InRange(min = 1e-12, max = 1e-6, unit = "s") Double leak_s,
        @InRange(min = 1e-14, max = 1e-7, unit = "s") Double sample_interval_s,
        @InRange(min = 1e-12, max = 1e-6, unit = "s") Double step_s,
        @InRange(min = 0, max = 1e-3, unit = "m") Double start_m,
        @InRange(min = 0, max = 1e-3, unit = "m") Double detector_m) {

    public SkyrmionNeuronLlg {
        layer = layer == null ? 1 : layer;
        integrate_s = integrate_s == null ? 2e-9 : integrate_s;
        leak_s = leak_s == null ? 23e-9 : leak_s;
        sample_interval_s = sample_interval_s == null ? 5e-11 : sample_interval_s;
        step_s = step_s == null ? 2e-9 : step_s;
        start_m = start_m == null ? 50e-9 : start_m;
        detector_m = detector_m == null ? 150e-9 : detector_m;
    }
}
