package io.spinsim.devices.resistance;

import io.spinsim.devices.magnetization.CellRegion;
import io.spinsim.devices.magnetization.MagnetizationMap;

/**
 * MTJ resistance from the angle between free and reference layer. Seed 004 eq.1 and seed 003 eq.2 are the same
 * law: R = R_P + (R_AP - R_P)/2 (1 - cos theta) = R_AP (1 - m.m_P)/2 + R_P (1 + m.m_P)/2.
 *
 * @param rPOhm  parallel resistance
 * @param rApOhm antiparallel resistance
 */
public record TunnelResistance(double rPOhm, double rApOhm) {

    // seed 004 eq.1
    public double resistanceOhm(double cosTheta) {
        return rPOhm + (rApOhm - rPOhm) / 2 * (1 - cosTheta);
    }

    /** Seed 003 eq.2 with m the mean free-layer magnetization over the region under the MTJ. */
    public double resistanceOhm(MagnetizationMap map, CellRegion region, double px, double py, double pz) {
        return resistanceOhm(map.meanCosTo(region, px, py, pz)); // seed 003 eq.2
    }

    /** Tunnel magnetoresistance ratio (R_AP - R_P) / R_P. */
    public double tmr() {
        return (rApOhm - rPOhm) / rPOhm;
    }
}
