package io.spinsim.jobs.nn;

import io.spinsim.jobs.validation.InRange;

/**
 * How a network is trained.
 *
 * @param epochs        passes over the training images (default 10)
 * @param batch_size    images per update (default 100)
 * @param learning_rate Adam step size; in-situ training: SGD step size (default 1e-3)
 * @param train_limit   use only the first N training images (default all)
 * @param test_limit    use only the first N test images (default all)
 * @param seed          seed of initialization, shuffling, spike encoding and device draws (default 1)
 */
public record TrainingSettings(
        @InRange(min = 1, max = 1000) Integer epochs,
        @InRange(min = 1, max = 4096) Integer batch_size,
        @InRange(min = 1e-6, max = 10) Double learning_rate,
        @InRange(min = 1, max = 60000) Integer train_limit,
        @InRange(min = 1, max = 10000) Integer test_limit,
        Long seed) {

    public TrainingSettings {
        epochs = epochs == null ? 10 : epochs;
        batch_size = batch_size == null ? 100 : batch_size;
        learning_rate = learning_rate == null ? 1e-3 : learning_rate;
        seed = seed == null ? 1L : seed;
    }

    public static TrainingSettings defaults() {
        return new TrainingSettings(null, null, null, null, null, null);
    }
}
