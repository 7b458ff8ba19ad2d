package io.spinsim.jobs.nn;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * Spec of an {@code nn-mlp} job: a multilayer perceptron (seed 002: 784-100-10 on MNIST) trained in software, to
 * the device's levels, or in situ on the devices, then programmed onto crossbars of the device and tested with
 * Monte Carlo over device samples.
 *
 * @param dataset             mnist or fashion-mnist (default mnist)
 * @param hidden              hidden layer sizes (default [100])
 * @param training_mode       float, hardware_aware (quantization-aware to the device levels) or in_situ
 *                            (default hardware_aware)
 * @param device              the synapse device
 * @param training            epochs, batch, learning rate, subsets, seed
 * @param crossbar            non-idealities of the inference crossbars
 * @param in_situ             update rule of in-situ training
 * @param monte_carlo_samples device samples (fresh D2D/C2C/faults each) the test accuracy is averaged over
 *                            (default 5)
 */
public record MlpSpec(
        DataSet dataset,
        @Size(min = 1, max = 4) List<@NotNull @InRange(min = 1, max = 4096) Integer> hidden,
        TrainingMode training_mode,
        @NotNull @Valid DeviceSelection device,
        @Valid TrainingSettings training,
        @Valid CrossbarSettings crossbar,
        @Valid InSituSettings in_situ,
        @InRange(min = 1, max = 1000) Integer monte_carlo_samples) implements CrossFieldChecked {

    public enum TrainingMode {
        @JsonProperty("float") FLOAT,
        @JsonProperty("hardware_aware") HARDWARE_AWARE,
        @JsonProperty("in_situ") IN_SITU
    }

    public MlpSpec {
        dataset = dataset == null ? DataSet.MNIST : dataset;
        hidden = hidden == null ? List.of(100) : List.copyOf(hidden);
        training_mode = training_mode == null ? TrainingMode.HARDWARE_AWARE : training_mode;
        training = training == null ? TrainingSettings.defaults() : training;
        crossbar = crossbar == null ? CrossbarSettings.defaults() : crossbar;
        in_situ = in_situ == null ? InSituSettings.defaults() : in_situ;
        monte_carlo_samples = monte_carlo_samples == null ? 5 : monte_carlo_samples;
    }

    @Override
    public List<FieldViolation> crossFieldViolations(String path) {
        List<FieldViolation> v = new ArrayList<>(device.crossFieldViolations(path + ".device"));
        if (dataset == DataSet.CIFAR10) {
            v.add(new FieldViolation(path + ".dataset", "the MLP takes 28x28 grey images", "mnist or fashion-mnist"));
        }
        return v;
    }
}
