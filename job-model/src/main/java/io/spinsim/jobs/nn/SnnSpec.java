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
 * Spec of an {@code nn-snn} job: a spiking network of device neurons trained through time (arctan surrogate
 * gradient, Adam) with its synapses on the device's levels (straight-through), then run on crossbars.
 * Seed 001: skyrmion_lif, fully_connected, hidden [128], 8-level (3-bit) device, 20 steps, rate coding.
 * Seed 003: domain_wall_lif, fully_connected [1000] or convolutional, 25 steps.
 *
 * @param dataset             mnist or fashion-mnist (default mnist)
 * @param neuron              skyrmion_lif (seed 001 eq.7) or domain_wall_lif (seed 003 eq.4) (default skyrmion_lif)
 * @param architecture        fully_connected or convolutional (conv 1-32 k5, pool, conv 32-64 k5, pool, dense)
 *                            (default fully_connected)
 * @param hidden              hidden layer sizes of the fully connected network (default [128])
 * @param time_steps          network time steps per image (default 20)
 * @param encoding            rate (Bernoulli spikes) or direct (analog first-layer current) (default rate)
 * @param device              synapse device; null trains float synapses (no hardware inference)
 * @param training            epochs, batch, learning rate, subsets, seed
 * @param crossbar            non-idealities of the inference crossbars
 * @param monte_carlo_samples device samples the hardware test accuracy is averaged over (default 3)
 * @param neuron_dt_s         domain_wall_lif: physical time of one network step (default 1e-9 s)
 * @param weight_gain         initial weights U(-b, b) with b = weight_gain sqrt(3 / fan-in), in units of the input
 *                            that carries a neuron from rest to threshold in one step (default 1)
 */
public record SnnSpec(
        DataSet dataset,
        Neuron neuron,
        Architecture architecture,
        @Size(min = 1, max = 4) List<@NotNull @InRange(min = 1, max = 4096) Integer> hidden,
        @InRange(min = 1, max = 200) Integer time_steps,
        Encoding encoding,
        @Valid DeviceSelection device,
        @Valid TrainingSettings training,
        @Valid CrossbarSettings crossbar,
        @InRange(min = 1, max = 1000) Integer monte_carlo_samples,
        @InRange(min = 1e-12, max = 1e-6, unit = "s") Double neuron_dt_s,
        @InRange(min = 0.01, max = 10) Double weight_gain) implements CrossFieldChecked {

    public enum Neuron {
        @JsonProperty("skyrmion_lif") SKYRMION_LIF,
        @JsonProperty("domain_wall_lif") DOMAIN_WALL_LIF
    }

    public enum Architecture {
        @JsonProperty("fully_connected") FULLY_CONNECTED,
        @JsonProperty("convolutional") CONVOLUTIONAL
    }

    public enum Encoding {
        @JsonProperty("rate") RATE,
        @JsonProperty("direct") DIRECT
    }

    public SnnSpec {
        dataset = dataset == null ? DataSet.MNIST : dataset;
        neuron = neuron == null ? Neuron.SKYRMION_LIF : neuron;
        architecture = architecture == null ? Architecture.FULLY_CONNECTED : architecture;
        hidden = hidden == null ? List.of(128) : List.copyOf(hidden);
        time_steps = time_steps == null ? 20 : time_steps;
        encoding = encoding == null ? Encoding.RATE : encoding;
        training = training == null ? TrainingSettings.defaults() : training;
        crossbar = crossbar == null ? CrossbarSettings.defaults() : crossbar;
        monte_carlo_samples = monte_carlo_samples == null ? 3 : monte_carlo_samples;
        neuron_dt_s = neuron_dt_s == null ? 1e-9 : neuron_dt_s;
        weight_gain = weight_gain == null ? 1.0 : weight_gain;
    }

    @Override
    public List<FieldViolation> crossFieldViolations(String path) {
        List<FieldViolation> v = new ArrayList<>();
        if (device != null) {
            v.addAll(device.crossFieldViolations(path + ".device"));
        }
        if (dataset == DataSet.CIFAR10) {
            v.add(new FieldViolation(path + ".dataset", "spiking networks take 28x28 grey images",
                    "mnist or fashion-mnist"));
        }
        return v;
    }
}
