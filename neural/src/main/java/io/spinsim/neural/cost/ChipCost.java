package io.spinsim.neural.cost;

/**
 * Chip estimate of one technology for one inference.
 *
 * @param technology             technology name
 * @param subarrays              subarrays used
 * @param cells                  synaptic cells holding weights
 * @param array_area_um2         area of the subarrays' cells
 * @param periphery_area_um2     drivers, switches and ADCs
 * @param total_area_um2         sum
 * @param latency_s              time per inference
 * @param array_read_energy_J    dissipated in the cells
 * @param adc_energy_J           in the ADCs
 * @param wordline_energy_J      charging the access transistors' word lines
 * @param energy_per_inference_J sum
 * @param write_energy_per_pulse_J one weight-update pulse in one cell
 */
public record ChipCost(String technology, long subarrays, long cells, double array_area_um2,
                       double periphery_area_um2, double total_area_um2, double latency_s, double array_read_energy_J,
                       double adc_energy_J, double wordline_energy_J, double energy_per_inference_J,
                       double write_energy_per_pulse_J) {
}
