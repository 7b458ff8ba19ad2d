package io.spinsim.neural.hw;

/**
 * Read conditions of the crossbar columns: the voltage a full-scale input drives, the read pulse width and the
 * temperature. A column integrates its current over the pulse (bandwidth df = 1 / (2 t_read)); every device on it
 * adds Johnson-Nyquist noise 4 k_B T G df (Nyquist 1928) and shot noise 2 q I df of its current I = G V (Schottky
 * 1918; tunnel junctions show full shot noise), independently, so the column current has variance
 * df sum_j (4 k_B T G_j + 2 q G_j V_j). With G = k u (u in weight units, k siemens per weight) and V = a x (a volts
 * per input unit), the read-out sum y = I / (k a) has variance sum_j u_j (thermal + shot x_j) with the coefficients
 * below.
 *
 * @param voltageV     read voltage of a full-scale input (V)
 * @param pulseS       read pulse width (s)
 * @param temperatureK device temperature (K)
 */
public record ReadCircuit(double voltageV, double pulseS, double temperatureK) {

    static final double BOLTZMANN_J_PER_K = 1.380649e-23;
    static final double ELEMENTARY_CHARGE_C = 1.602176634e-19;

    public double bandwidthHz() {
        return 1 / (2 * pulseS);
    }

    /** 4 k_B T df / (k a^2): variance of y per unit of sum_j u_j. */
    public double thermalCoefficient(double siemensPerWeight, double voltsPerInput) {
        return 4 * BOLTZMANN_J_PER_K * temperatureK * bandwidthHz()
                / (siemensPerWeight * voltsPerInput * voltsPerInput);
    }

    /** 2 q df / (k a): variance of y per unit of sum_j u_j x_j. */
    public double shotCoefficient(double siemensPerWeight, double voltsPerInput) {
        return 2 * ELEMENTARY_CHARGE_C * bandwidthHz() / (siemensPerWeight * voltsPerInput);
    }
}
