package io.spinsim.neural.hw;

/**
 * Non-idealities of the crossbars a trained network is mapped onto.
 *
 * @param variation          apply the device's D2D and C2C spread
 * @param readNoise          relative standard deviation of a device's conductance at each read (0: none)
 * @param dacBits            input DAC resolution (0: ideal analog inputs)
 * @param adcBits            output ADC resolution (0: ideal)
 * @param stuckLowFraction   fraction of devices stuck at G_min
 * @param stuckHighFraction  fraction of devices stuck at G_max
 * @param wireSegmentOhm     wire resistance between neighbouring cells for IR drop (0: none)
 * @param read               read voltage, pulse and temperature for the columns' thermal and shot noise (null: none)
 */
public record CrossbarConditions(boolean variation, double readNoise, int dacBits, int adcBits,
                                 double stuckLowFraction, double stuckHighFraction, double wireSegmentOhm,
                                 ReadCircuit read) {

    /** Conditions without thermal and shot noise. */
    public CrossbarConditions(boolean variation, double readNoise, int dacBits, int adcBits, double stuckLowFraction,
                              double stuckHighFraction, double wireSegmentOhm) {
        this(variation, readNoise, dacBits, adcBits, stuckLowFraction, stuckHighFraction, wireSegmentOhm, null);
    }

    public static CrossbarConditions ideal() {
        return new CrossbarConditions(false, 0, 0, 0, 0, 0, 0);
    }

    /** True when a read adds noise to the column sums. */
    public boolean noisy() {
        return readNoise > 0 || read != null;
    }
}
