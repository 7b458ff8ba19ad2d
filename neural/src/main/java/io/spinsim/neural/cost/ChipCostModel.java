package io.spinsim.neural.cost;

import io.spinsim.jobs.nn.CostSpec;
import io.spinsim.jobs.nn.SynapseTechnology;

/**
 * NeuroSim-style first-order chip estimate (after Chen, Peng and Yu, NeuroSim+, IEDM 2017, as seed 002 uses it)
 * of a fully connected network inferring one input:
 * <ul>
 * <li>mapping: layer n_in -> n_out is an n_in x 2 n_out array (differential pairs, one cell per side when the cell
 * holds the weight's bits), tiled onto ceil(n_in/S) x ceil(2 n_out/S) subarrays of S x S cells;</li>
 * <li>area: S^2 cells of h x w F^2 per subarray, plus S row drivers (times the transistors per cell, since a 2T1R
 * cell has a separate write line), S column switches and S / columns_per_adc shared ADCs;</li>
 * <li>latency: layers one after another; inputs applied bit-serially, activation_bits read cycles per layer, each
 * a read pulse plus columns_per_adc ADC conversions in turn; subarrays work in parallel;</li>
 * <li>energy: per cycle, each driven row (activity a) dissipates V_read^2 G_avg t_read in every cell it crosses,
 * G_avg = (1/R_on + 1/R_off) / 2; every column of every subarray is converted once; each driven word line
 * charges C_wl V_access^2 per cell; digital accumulation, buffers and interconnect are left out;</li>
 * <li>weight update: one pulse dissipates V_write^2 G_avg t_write in the cell.</li>
 * </ul>
 */
public final class ChipCostModel {

    private ChipCostModel() {
    }

    public static ChipCost estimate(CostSpec spec, SynapseTechnology t) {
        double f = spec.feature_size_nm() * 1e-9;
        int s = spec.subarray();
        double gAvg = 0.5 * (1 / t.r_on_ohm() + 1 / t.r_off_ohm());
        int cycles = spec.activation_bits();
        long subarrays = 0;
        long cells = 0;
        double latency = 0;
        double eArray = 0;
        double eAdc = 0;
        double eWordline = 0;
        for (int l = 0; l + 1 < spec.layers().size(); l++) {
            int rows = spec.layers().get(l);
            int cols = 2 * spec.layers().get(l + 1);
            long tilesDown = ceil(rows, s);
            long tilesAcross = ceil(cols, s);
            subarrays += tilesDown * tilesAcross;
            cells += (long) rows * cols;
            latency += cycles * (t.read_pulse_s() + spec.columns_per_adc() * spec.adc_latency_s());
            double driven = spec.input_activity() * rows;
            eArray += cycles * driven * cols * t.read_voltage_V() * t.read_voltage_V() * gAvg * t.read_pulse_s();
            eAdc += cycles * tilesDown * (double) cols * spec.adc_energy_J();
            eWordline += cycles * driven * tilesAcross * s * spec.wordline_cap_F()
                    * t.access_voltage_V() * t.access_voltage_V();
        }
        double cellArea = (double) s * s * t.cell_height_F() * t.cell_width_F() * f * f;
        double periphery = (s * (t.transistors_per_cell() + 1.0)) * spec.driver_area_F2() * f * f
                + Math.ceil((double) s / spec.columns_per_adc()) * spec.adc_area_um2() * 1e-12;
        double arrayArea = subarrays * cellArea;
        double peripheryArea = subarrays * periphery;
        double writeEnergy = t.write_voltage_V() * t.write_voltage_V() * gAvg * t.write_pulse_s();
        return new ChipCost(t.name(), subarrays, cells, arrayArea * 1e12, peripheryArea * 1e12,
                (arrayArea + peripheryArea) * 1e12, latency, eArray, eAdc, eWordline, eArray + eAdc + eWordline,
                writeEnergy);
    }

    private static long ceil(int a, int b) {
        return (a + b - 1) / b;
    }
}
