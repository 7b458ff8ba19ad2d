package io.spinsim.jobs.nn;

import io.spinsim.jobs.validation.CrossFieldChecked;
import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * Spec of an {@code nn-cost} job: NeuroSim-style area, latency and energy per inference of a fully connected
 * network on crossbar subarrays, for each synapse technology (default: seed 002's skyrmion synapse and its RRAM
 * reference, 32 nm, 32x32 subarrays, 784-100-10).
 *
 * @param layers              neuron counts, input first (default [784, 100, 10])
 * @param technologies        synapse technologies to compare (default skyrmion and RRAM of seed 002)
 * @param feature_size_nm     technology node F (default 32)
 * @param subarray            rows and columns of one subarray (default 32)
 * @param activation_bits     input bits, applied bit-serially, one read cycle each (default 8)
 * @param input_activity      fraction of rows driven in a cycle (default 0.5)
 * @param columns_per_adc     columns sharing one ADC through a multiplexer (default 8)
 * @param adc_energy_J        energy of one ADC conversion (default 1e-12 J)
 * @param adc_latency_s       time of one ADC conversion (default 1e-9 s)
 * @param adc_area_um2        area of one ADC with its multiplexer (default 300 um^2)
 * @param driver_area_F2      area of one row driver or column switch (default 200 F^2)
 * @param wordline_cap_F      gate capacitance each cell adds to its word line (default 0.1e-15 F)
 */
public record CostSpec(
        @Size(min = 2, max = 16) List<@NotNull @InRange(min = 1, max = 100000) Integer> layers,
        @Size(min = 1, max = 8) List<@NotNull @Valid SynapseTechnology> technologies,
        @InRange(min = 1, max = 1000, unit = "nm") Double feature_size_nm,
        @InRange(min = 4, max = 4096) Integer subarray,
        @InRange(min = 1, max = 16) Integer activation_bits,
        @InRange(min = 0, max = 1) Double input_activity,
        @InRange(min = 1, max = 256) Integer columns_per_adc,
        @InRange(min = 0, max = 1e-6, unit = "J") Double adc_energy_J,
        @InRange(min = 0, max = 1e-3, unit = "s") Double adc_latency_s,
        @InRange(min = 0, max = 1e6, unit = "um^2") Double adc_area_um2,
        @InRange(min = 0, max = 1e6, unit = "F^2") Double driver_area_F2,
        @InRange(min = 0, max = 1e-12, unit = "F") Double wordline_cap_F) implements CrossFieldChecked {

    public CostSpec {
        layers = layers == null ? List.of(784, 100, 10) : List.copyOf(layers);
        technologies = technologies == null
                ? List.of(SynapseTechnology.skyrmionSeed002(), SynapseTechnology.rramSeed002())
                : List.copyOf(technologies);
        feature_size_nm = feature_size_nm == null ? 32.0 : feature_size_nm;
        subarray = subarray == null ? 32 : subarray;
        activation_bits = activation_bits == null ? 8 : activation_bits;
        input_activity = input_activity == null ? 0.5 : input_activity;
        columns_per_adc = columns_per_adc == null ? 8 : columns_per_adc;
        adc_energy_J = adc_energy_J == null ? 1e-12 : adc_energy_J;
        adc_latency_s = adc_latency_s == null ? 1e-9 : adc_latency_s;
        adc_area_um2 = adc_area_um2 == null ? 300.0 : adc_area_um2;
        driver_area_F2 = driver_area_F2 == null ? 200.0 : driver_area_F2;
        wordline_cap_F = wordline_cap_F == null ? 0.1e-15 : wordline_cap_F;
    }

    @Override
    public List<FieldViolation> crossFieldViolations(String path) {
        List<FieldViolation> v = new ArrayList<>();
        for (int i = 0; i < technologies.size(); i++) {
            SynapseTechnology t = technologies.get(i);
            if (!(t.r_off_ohm() > t.r_on_ohm())) {
                v.add(new FieldViolation(path + ".technologies[" + i + "].r_off_ohm", "must exceed r_on_ohm",
                        "> " + t.r_on_ohm()));
            }
        }
        return v;
    }
}
