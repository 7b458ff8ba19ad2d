package io.spinsim.jobs.nn;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * @param learning_rate_schedule constant, or cosine: decays from learning_rate to 1% of it over the run
 *                      (Loshchilov and Hutter 2017) (default constant)
 */
public record TrainingSettings(
        @InRange(min = 1, max = 1000) Integer epochs,
        @InRange(min = 1, max = 4096) Integer batch_size,
        @InRange(min = 1e-6, max = 10) Double learning_rate,
        @InRange(min = 1, max = 60000) Integer train_limit,
        @InRange(min = 1, max = 10000) Integer test_limit,
        Long seed,
        Schedule learning_rate_schedule) {

    public enum Schedule {
        @JsonProperty("constant") CONSTANT,
        @JsonProperty("cosine") COSINE
    }

    public TrainingSettings {
        epochs = epochs == null ? 10 : epochs;
        batch_size = batch_size == null ? 100 : batch_size;
        learning_rate = learning_rate == null ? 1e-3 : learning_rate;
        seed = seed == null ? 1L : seed;
        learning_rate_schedule = learning_rate_schedule == null ? Schedule.CONSTANT : learning_rate_schedule;
    }

    /** Settings with a constant learning rate. */
    public TrainingSettings(Integer epochs, Integer batch_size, Double learning_rate, Integer train_limit,
                            Integer test_limit, Long seed) {
        this(epochs, batch_size, learning_rate, train_limit, test_limit, seed, null);
    }

    public static TrainingSettings defaults() {
        return new TrainingSettings(null, null, null, null, null, null, null);
    }
}
