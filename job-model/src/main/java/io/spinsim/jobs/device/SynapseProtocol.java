package io.spinsim.jobs.device;

import io.spinsim.jobs.validation.InRange;

/**
 * Programming pulse train of a synapse characterization: {@code ltp_pulses} pulses of the device's write currents as
 * given, then {@code ltd_pulses} with the current reversed; the state is read at the end of every period. Defaults
 * are seed 001 Sec. III B (30 MA/cm^2 pulses of 0.75 ns every 1.5 ns, 13.5 ns LTP then 13.5 ns LTD).
 *
 * @param ltp_pulses    potentiating pulses (9)
 * @param ltd_pulses    depressing pulses (9)
 * @param pulse_width_s pulse width (0.75 ns)
 * @param period_s      pulse period (1.5 ns)
 */
public record SynapseProtocol(
        @InRange(min = 1, max = 10_000) Integer ltp_pulses,
        @InRange(min = 0, max = 10_000) Integer ltd_pulses,
        @InRange(min = 1e-15, max = 1e-5, unit = "s") Double pulse_width_s,
        @InRange(min = 1e-15, max = 1e-5, unit = "s") Double period_s) {

    public SynapseProtocol {
        ltp_pulses = ltp_pulses == null ? 9 : ltp_pulses;
        ltd_pulses = ltd_pulses == null ? 9 : ltd_pulses;
        pulse_width_s = pulse_width_s == null ? 0.75e-9 : pulse_width_s;
        period_s = period_s == null ? 1.5e-9 : period_s;
    }

    public double durationS() {
        return (ltp_pulses + ltd_pulses) * period_s;
    }
}
