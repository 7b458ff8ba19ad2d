package io.spinsim.jobs.nn;

import io.spinsim.jobs.crossbar.DeviceSelection;
import io.spinsim.jobs.validation.CrossFieldChecked;
import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * Spec of an {@code nn-qcnn} job: seed 000's VGG-like quantized CNN (six 3x3 convolutions, three max-poolings,
 * three dense layers) trained to the device's levels (straight-through), then run on crossbars.
 *
 * @param dataset             fashion-mnist, mnist or cifar10 (default fashion-mnist)
 * @param cifar10_path        folder with the CIFAR-10 binary files (data_batch_1..5.bin, test_batch.bin)
 * @param width               channels of the first convolution; later ones have 2x and 4x (default 32)
 * @param device              synapse device, e.g. ideal_levels 16/32/64 for 4/5/6-bit weights
 * @param training            epochs, batch, learning rate, subsets, seed
 * @param crossbar            non-idealities of the inference crossbars
 * @param monte_carlo_samples device samples the hardware test accuracy is averaged over (default 3)
 */
public record QcnnSpec(
        DataSet dataset,
        @Size(max = 1000) String cifar10_path,
        @InRange(min = 1, max = 256) Integer width,
        @NotNull @Valid DeviceSelection device,
        @Valid TrainingSettings training,
        @Valid CrossbarSettings crossbar,
        @InRange(min = 1, max = 1000) Integer monte_carlo_samples) implements CrossFieldChecked {

    public QcnnSpec {
        dataset = dataset == null ? DataSet.FASHION_MNIST : dataset;
        width = width == null ? 32 : width;
        training = training == null ? TrainingSettings.defaults() : training;
        crossbar = crossbar == null ? CrossbarSettings.defaults() : crossbar;
        monte_carlo_samples = monte_carlo_samples == null ? 3 : monte_carlo_samples;
    }

    @Override
    public List<FieldViolation> crossFieldViolations(String path) {
        List<FieldViolation> v = new ArrayList<>(device.crossFieldViolations(path + ".device"));
        if (dataset == DataSet.CIFAR10 && (cifar10_path == null || cifar10_path.isBlank())) {
            v.add(new FieldViolation(path + ".cifar10_path", "is required for cifar10",
                    "a folder with the CIFAR-10 binary files"));
        }
        return v;
    }
}
