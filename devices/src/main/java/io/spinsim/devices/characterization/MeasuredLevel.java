package io.spinsim.devices.characterization;

/**
 * One programmable state found in a characterization: all reads with the same skyrmion count.
 *
 * @param skyrmions  skyrmions in the active region
 * @param meanS      mean conductance over devices and reads
 * @param sigmaD2dS  device-to-device standard deviation ({@link LevelStatistics#levelsOfCycles})
 * @param sigmaC2cS  cycle-to-cycle standard deviation ({@link LevelStatistics#levelsOfCycles})
 * @param reads      number of reads
 */
public record MeasuredLevel(int skyrmions, double meanS, double sigmaD2dS, double sigmaC2cS, int reads) {
}
