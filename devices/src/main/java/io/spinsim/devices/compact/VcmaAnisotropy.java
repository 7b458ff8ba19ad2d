package io.spinsim.devices.compact;

import io.spinsim.physics.terms.UniaxialAnisotropyField;

/**
 * Voltage-controlled magnetic anisotropy as a compact model of the gate voltage (seed 000 eq.11):
 * K(V) = K(0) - xi E / t_FL with E = V / t_ox the field across the oxide; the shift is the engine's own.
 *
 * @param k0JPerM3           anisotropy at zero voltage
 * @param xiJPerVM           VCMA coefficient xi (seed 000: 130 fJ/(V m) = 1.3e-13 J/(V m))
 * @param freeLayerThicknessM t_FL (seed 000: 1 nm)
 * @param oxideThicknessM    t_ox (seed 000 gives none)
 */
public record VcmaAnisotropy(double k0JPerM3, double xiJPerVM, double freeLayerThicknessM, double oxideThicknessM) {

    public double anisotropyJPerM3(double voltageV) {
        return k0JPerM3 + UniaxialAnisotropyField.vcmaShift(xiJPerVM, voltageV / oxideThicknessM,
                freeLayerThicknessM); // seed 000 eq.11
    }

    /** Voltage that shifts the anisotropy by dK (positive dK lowers K). */
    public double voltageForShiftV(double deltaKJPerM3) {
        return deltaKJPerM3 * freeLayerThicknessM * oxideThicknessM / xiJPerVM;
    }
}
