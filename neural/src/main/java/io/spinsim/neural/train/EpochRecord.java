package io.spinsim.neural.train;

/**
 * One training epoch.
 *
 * @param epoch         1-based
 * @param train_loss    mean cross-entropy over the epoch's batches
 * @param test_accuracy software test accuracy after the epoch (with the weights as trained: float or on levels)
 */
public record EpochRecord(int epoch, double train_loss, double test_accuracy) {
}
