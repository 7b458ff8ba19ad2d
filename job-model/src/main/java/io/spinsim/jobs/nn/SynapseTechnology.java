package io.spinsim.jobs.nn;

import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Cell parameters of one synapse technology for the chip estimate, as in seed 002's Methods table.
 *
 * @param name                 label
 * @param r_on_ohm             low resistance
 * @param r_off_ohm            high resistance
 * @param read_voltage_V       read voltage
 * @param read_pulse_s         read pulse width
 * @param access_voltage_V     gate voltage of the access transistor(s)
 * @param write_voltage_V      write (update) voltage
 * @param write_pulse_s        write pulse width
 * @param cell_height_F        cell height in feature sizes
 * @param cell_width_F         cell width in feature sizes
 * @param cell_bits            bits per cell
 * @param transistors_per_cell 1 (1T1R) or 2 (2T1R: separate read and write paths)
 */
public record SynapseTechnology(
        @NotBlank @Size(max = 100) String name,
        @NotNull @InRange(min = 1, max = 1e9, unit = "Ohm") Double r_on_ohm,
        @NotNull @InRange(min = 1, max = 1e9, unit = "Ohm") Double r_off_ohm,
        @NotNull @InRange(min = 1e-3, max = 5, unit = "V") Double read_voltage_V,
        @NotNull @InRange(min = 1e-12, max = 1e-3, unit = "s") Double read_pulse_s,
        @NotNull @InRange(min = 0.1, max = 5, unit = "V") Double access_voltage_V,
        @NotNull @InRange(min = 1e-4, max = 10, unit = "V") Double write_voltage_V,
        @NotNull @InRange(min = 1e-13, max = 1e-3, unit = "s") Double write_pulse_s,
        @NotNull @InRange(min = 1, max = 1000) Double cell_height_F,
        @NotNull @InRange(min = 1, max = 1000) Double cell_width_F,
        @NotNull @InRange(min = 1, max = 12) Integer cell_bits,
        @NotNull @InRange(min = 1, max = 4) Integer transistors_per_cell) {

    /** Seed 002 Methods table, skyrmion synapse column (TMR 200%: Ron 3k, Roff 9k; 2T1R, 14F x 44F). */
    public static SynapseTechnology skyrmionSeed002() {
        return new SynapseTechnology("skyrmion synapse (seed 002)", 3e3, 9e3, 0.05, 1e-9, 1.0, 0.03, 0.05e-9, 14.0,
                44.0, 5, 2);
    }

    /** Seed 002 Methods table, RRAM reference column (Ron 10k, Roff 100k; 1T1R, 5F x 23F). */
    public static SynapseTechnology rramSeed002() {
        return new SynapseTechnology("RRAM (seed 002 reference)", 10e3, 100e3, 0.1, 1e-9, 1.4, 1.8, 1e-9, 5.0, 23.0,
                5, 1);
    }
}
