package io.spinsim.devices.resistance;

/**
 * Read-out of a device resistance as the voltage across it in series with a read resistor (seed 003 eq.3):
 * V_out = R / (R + R_read) V_read; a comparator fires when V_out >= V_th.
 */
public record VoltageDivider(double rReadOhm, double vReadV) {

    public double outputV(double deviceOhm) {
        return deviceOhm / (deviceOhm + rReadOhm) * vReadV; // seed 003 eq.3
    }

    public boolean fires(double deviceOhm, double thresholdV) {
        return outputV(deviceOhm) >= thresholdV; // seed 003 eq.3, comparator
    }
}
