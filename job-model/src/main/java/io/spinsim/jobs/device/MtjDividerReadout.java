package io.spinsim.jobs.device;

import io.spinsim.jobs.validation.InRange;

/**
 * MTJ read-out of a neuron's free-layer magnetization m (seed 003 eq.2, reference layer against the switching
 * direction, so R rises with m) through a voltage divider (eq.3).
 *
 * @param r_p_ohm    parallel resistance (200 Ohm, seed 003)
 * @param r_ap_ohm   antiparallel resistance (600 Ohm, seed 003)
 * @param r_read_ohm series read resistor (575 Ohm: with v_read_V it maps seed 003's 380-590 Ohm onto its
 *                   55-70 mV output range)
 * @param v_read_V   read voltage (0.138 V, likewise)
 */
public record MtjDividerReadout(
        @InRange(min = 1e-3, max = 1e12, unit = "Ohm") Double r_p_ohm,
        @InRange(min = 1e-3, max = 1e12, unit = "Ohm") Double r_ap_ohm,
        @InRange(min = 1e-3, max = 1e12, unit = "Ohm") Double r_read_ohm,
        @InRange(min = 1e-4, max = 10, unit = "V") Double v_read_V) {

    public MtjDividerReadout {
        r_p_ohm = r_p_ohm == null ? 200.0 : r_p_ohm;
        r_ap_ohm = r_ap_ohm == null ? 600.0 : r_ap_ohm;
        r_read_ohm = r_read_ohm == null ? 575.0 : r_read_ohm;
        v_read_V = v_read_V == null ? 0.138 : v_read_V;
    }
}
