package io.spinsim.physics.run;

import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.physics.relax.Relaxer;

import java.util.List;
import java.util.Map;

/**
 * Result summary of an {@code llg} job (serialized to JSON as named).
 *
 * @param final_m            average unit magnetization at the end, [mx, my, mz]
 * @param final_m_per_layer  the same per z plane
 * @param energy_J           total energy at the end
 * @param energies_J         energy per term at the end
 * @param topological_charge lattice (Berg-Luscher) Q per plane at the end
 * @param skyrmions          skyrmions detected per plane at the end
 * @param relax              the energy minimization before the run, null if none was asked for
 * @param steps              accepted time steps
 * @param field_evaluations  effective-field evaluations (stages), each over every cell
 * @param cell_evals_per_s   cells x field evaluations / wall time, of the time loop (relaxation excluded)
 * @param backend            executor and precision that ran the kernel
 * @param spec_used          the spec with every default filled in
 */
public record LlgSummary(String name, List<Double> final_m, List<List<Double>> final_m_per_layer, double energy_J,
                         Map<String, Double> energies_J, List<Double> topological_charge, List<Integer> skyrmions,
                         Relaxer.Result relax, double simulated_time_s, long steps, long field_evaluations,
                         double wall_time_s, double cell_evals_per_s, String backend, String integrator,
                         LlgSpec spec_used) {
}
