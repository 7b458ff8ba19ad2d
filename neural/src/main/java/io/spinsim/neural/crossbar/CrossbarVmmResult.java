package io.spinsim.neural.crossbar;

import java.util.List;

/**
 * Summary of a {@code crossbar-vmm} job.
 *
 * @param device                       device name
 * @param levels                       number of conductance levels
 * @param weight_scale                 |w| mapped to the full window
 * @param siemens_per_weight           k of seed 000: G+ - G- = k w (S)
 * @param read_voltage_V               voltage applied for |x| = 1
 * @param variation                    whether D2D and C2C spread was applied
 * @param backend                      where the current sum ran (OpenCL device or Java)
 * @param ideal                        y* = W x
 * @param mapped                       y = (I+ - I-) / (k V_read) read from the crossbar
 * @param errors                       distance of mapped from ideal
 * @param max_weight_quantization_error max |w - (G+ - G-)/k| over the level means (no variation)
 */
public record CrossbarVmmResult(String device, int levels, double weight_scale, double siemens_per_weight,
                                double read_voltage_V, boolean variation, String backend, List<Double> ideal,
                                List<Double> mapped, VmmErrors errors, double max_weight_quantization_error) {
}
