package io.spinsim.jobs.crossbar;

import io.spinsim.jobs.validation.CrossFieldChecked;
import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * Spec of a {@code crossbar-vmm} job: y = W x computed ideally and on a crossbar whose weights are differential
 * pairs G+ - G- of the chosen device's levels.
 *
 * @param input          x, length n (applied as read voltages x_i * read_voltage_V)
 * @param weights        W, m rows of n
 * @param device         the crosspoint device
 * @param read_voltage_V read voltage for |x_i| = 1 (default: the device profile's read.read_voltage_V, else 0.1 V;
 *                       the result reports the voltage used)
 * @param weight_scale   |w| mapped to the full conductance window (default max |W|)
 * @param variation      apply the profile's device-to-device and cycle-to-cycle spread (default true)
 * @param seed           random seed of the variation draws (default 1)
 */
public record CrossbarVmmSpec(
        @NotNull @Size(min = 1, max = MAX_DIM) List<@NotNull @InRange(min = -1e6, max = 1e6) Double> input,
        @NotNull @Size(min = 1, max = MAX_DIM) List<@NotNull @Size(min = 1, max = MAX_DIM)
                List<@NotNull @InRange(min = -1e6, max = 1e6) Double>> weights,
        @NotNull @Valid DeviceSelection device,
        @InRange(min = 1e-4, max = 10, unit = "V") Double read_voltage_V,
        @InRange(min = 1e-12, max = 1e6) Double weight_scale,
        Boolean variation,
        Long seed) implements CrossFieldChecked {

    public static final int MAX_DIM = 1024;

    public CrossbarVmmSpec {
        variation = variation == null ? Boolean.TRUE : variation;
        seed = seed == null ? 1L : seed;
    }

    @Override
    public List<FieldViolation> crossFieldViolations(String path) {
        List<FieldViolation> v = new ArrayList<>();
        for (int r = 0; r < weights.size(); r++) {
            if (weights.get(r).size() != input.size()) {
                v.add(new FieldViolation(path + ".weights[" + r + "]", "row length " + weights.get(r).size()
                        + " does not match input length " + input.size(), "exactly " + input.size() + " columns"));
            }
        }
        v.addAll(device.crossFieldViolations(path + ".device"));
        return v;
    }
}
