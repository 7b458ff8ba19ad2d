package io.spinsim.neural.jobs;

import io.spinsim.neural.hw.HardwareResult;
import io.spinsim.neural.train.EpochRecord;

import java.util.List;

/**
 * Summary of a network job.
 *
 * @param network                 architecture in words
 * @param dataset                 data set
 * @param train_images            training images used
 * @param test_images             test images used
 * @param compute                 tensor engine of training
 * @param device                  synapse device name
 * @param levels                  its conductance levels
 * @param training_mode           float, hardware_aware (on the levels, straight-through) or in_situ
 * @param epochs                  loss and software test accuracy after each epoch
 * @param software_test_accuracy  test accuracy after the last epoch, weights as trained
 * @param hardware                test accuracy on crossbars, Monte Carlo over device samples; null when not run
 * @param seconds                 wall time of the job
 * @param notes                   documented model choices and defaults the result depends on
 */
public record NetworkResult(String network, String dataset, int train_images, int test_images, String compute,
                            String device, int levels, String training_mode, List<EpochRecord> epochs,
                            double software_test_accuracy, HardwareResult hardware, double seconds,
                            List<String> notes) {
}
