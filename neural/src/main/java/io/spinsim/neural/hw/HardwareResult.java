package io.spinsim.neural.hw;

import java.util.List;

/**
 * Test accuracy of a network on crossbars over Monte Carlo device samples.
 *
 * @param accuracy mean and 95% confidence interval over the samples (the spec's crossbar settings list the
 *                 non-idealities applied)
 * @param samples  accuracy of each sample
 */
public record HardwareResult(ConfidenceInterval accuracy, List<Double> samples) {
}
