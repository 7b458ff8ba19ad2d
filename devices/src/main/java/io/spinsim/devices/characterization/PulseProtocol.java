package io.spinsim.devices.characterization;

/**
 * The programming pulse train of a characterization: ltp pulses of +J, then ltd pulses of -J, one every period.
 *
 * @param currentDensityAPerM2 |J|
 * @param widthS               pulse width
 * @param periodS              pulse period; the state is read at the end of each period
 * @param ltpPulses            potentiating pulses
 * @param ltdPulses            depressing pulses
 */
public record PulseProtocol(double currentDensityAPerM2, double widthS, double periodS, int ltpPulses,
                            int ltdPulses) {

    public double durationS() {
        return (ltpPulses + ltdPulses) * periodS;
    }
}
