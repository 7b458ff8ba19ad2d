package io.spinsim.jobs.nn;

import io.spinsim.jobs.validation.InRange;

/**
 * Non-idealities of the crossbars the trained weights are programmed onto for hardware inference.
 *
 * @param variation              apply the device profile's D2D and C2C spread (default true)
 * @param read_noise             relative standard deviation of a conductance at each read (default 0)
 * @param dac_bits               input DAC resolution, 0 = ideal (default 0)
 * @param adc_bits               output ADC resolution, 0 = ideal (default 0)
 * @param stuck_at_gmin_fraction fraction of devices stuck at the lowest conductance (default 0)
 * @param stuck_at_gmax_fraction fraction of devices stuck at the highest conductance (default 0)
 * @param wire_segment_ohm       wire resistance between neighbouring cells, IR drop; 0 = none (default 0)
 * @param weight_clip_sigma      weight scale of a layer in standard deviations of its weights, capped at max |w|;
 *                               |w| at the scale maps to the full conductance window (default 3)
 * @param read_voltage_V         read voltage of a full-scale input (default: the device profile's
 *                               read.read_voltage_V)
 * @param read_pulse_s           read pulse width, the columns' integration time (default: the device profile's
 *                               read.read_pulse_width_s)
 * @param temperature_K          device temperature for thermal noise (default 300 K)
 * @param thermal_noise          add each device's Johnson-Nyquist and shot noise to the column currents at the read
 *                               voltage and pulse width, when both are known (default true)
 */
public record CrossbarSettings(
        Boolean variation,
        @InRange(min = 0, max = 1) Double read_noise,
        @InRange(min = 0, max = 16) Integer dac_bits,
        @InRange(min = 0, max = 16) Integer adc_bits,
        @InRange(min = 0, max = 1) Double stuck_at_gmin_fraction,
        @InRange(min = 0, max = 1) Double stuck_at_gmax_fraction,
        @InRange(min = 0, max = 1e4, unit = "Ohm") Double wire_segment_ohm,
        @InRange(min = 0.5, max = 100) Double weight_clip_sigma,
        @InRange(min = 1e-4, max = 10, unit = "V") Double read_voltage_V,
        @InRange(min = 1e-12, max = 1, unit = "s") Double read_pulse_s,
        @InRange(min = 0, max = 1000, unit = "K") Double temperature_K,
        Boolean thermal_noise) {

    public CrossbarSettings {
        variation = variation == null ? Boolean.TRUE : variation;
        read_noise = read_noise == null ? 0.0 : read_noise;
        dac_bits = dac_bits == null ? 0 : dac_bits;
        adc_bits = adc_bits == null ? 0 : adc_bits;
        stuck_at_gmin_fraction = stuck_at_gmin_fraction == null ? 0.0 : stuck_at_gmin_fraction;
        stuck_at_gmax_fraction = stuck_at_gmax_fraction == null ? 0.0 : stuck_at_gmax_fraction;
        wire_segment_ohm = wire_segment_ohm == null ? 0.0 : wire_segment_ohm;
        weight_clip_sigma = weight_clip_sigma == null ? 3.0 : weight_clip_sigma;
        temperature_K = temperature_K == null ? 300.0 : temperature_K;
        thermal_noise = thermal_noise == null ? Boolean.TRUE : thermal_noise;
    }

    /** The settings of the earlier schema: read conditions from the device profile. */
    public CrossbarSettings(Boolean variation, Double read_noise, Integer dac_bits, Integer adc_bits,
                            Double stuck_at_gmin_fraction, Double stuck_at_gmax_fraction, Double wire_segment_ohm,
                            Double weight_clip_sigma) {
        this(variation, read_noise, dac_bits, adc_bits, stuck_at_gmin_fraction, stuck_at_gmax_fraction,
                wire_segment_ohm, weight_clip_sigma, null, null, null, null);
    }

    public static CrossbarSettings defaults() {
        return new CrossbarSettings(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
