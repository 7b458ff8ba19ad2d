package io.spinsim.neural.hw;

import java.util.List;

/**
 * Test accuracy of a network on crossbars over Monte Carlo device samples.
 *
 * @param accuracy   mean and 95% confidence interval over the samples
 * @param samples    accuracy of each sample
 * @param conditions the non-idealities applied
 */
public record HardwareResult(ConfidenceInterval accuracy, List<Double> samples, CrossbarConditions conditions) {
}
