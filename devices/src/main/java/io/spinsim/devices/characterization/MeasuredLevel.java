package io.spinsim.devices.characterization;

/**
 * One programmable state found in a characterization: all reads with the same skyrmion count.
 *
 * @param skyrmions  skyrmions in the active region
 * @param meanS      mean conductance over devices and reads
 * @param sigmaD2dS  standard deviation of the per-device means (device-to-device)
 * @param sigmaC2cS  pooled standard deviation of the reads within each device (cycle-to-cycle)
 * @param reads      number of reads
 */
public record MeasuredLevel(int skyrmions, double meanS, double sigmaD2dS, double sigmaC2cS, int reads) {
}
