package io.spinsim.devices.compact;

/**
 * Rectangular current-density pulse train: amplitude for width, repeated every period from t = 0 (a period equal
 * to the width is a constant current).
 */
public record CurrentWaveform(double amplitudeAPerM2, double widthS, double periodS) {

    public double densityAPerM2(double tS) {
        return tS % periodS < widthS ? amplitudeAPerM2 : 0;
    }

    public double dutyCycle() {
        return Math.min(1, widthS / periodS);
    }
}
