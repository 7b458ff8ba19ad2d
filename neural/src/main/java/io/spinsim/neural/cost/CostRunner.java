package io.spinsim.neural.cost;

import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.nn.CostSpec;
import io.spinsim.jobs.nn.SynapseTechnology;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.jobs.run.JobOutcome;
import io.spinsim.jobs.run.JobRunner;

import java.util.List;
import java.util.Map;

/** Runs an {@code nn-cost} job: {@link ChipCostModel} for each technology, and a CSV table of all of them. */
public final class CostRunner implements JobRunner<CostSpec> {

    @Override
    public JobType<CostSpec> type() {
        return JobTypes.NN_COST;
    }

    @Override
    public JobOutcome run(CostSpec spec, JobContext context) {
        context.progress(0, "estimating");
        List<ChipCost> costs = spec.technologies().stream().map(t -> ChipCostModel.estimate(spec, t)).toList();
        StringBuilder csv = new StringBuilder("technology,subarrays,cells,array_area_um2,periphery_area_um2,"
                + "total_area_um2,latency_s,array_read_energy_J,adc_energy_J,wordline_energy_J,"
                + "energy_per_inference_J,write_energy_per_pulse_J\n");
        for (ChipCost c : costs) {
            csv.append('"').append(c.technology()).append("\",").append(c.subarrays()).append(',').append(c.cells())
                    .append(',').append(c.array_area_um2()).append(',').append(c.periphery_area_um2()).append(',')
                    .append(c.total_area_um2()).append(',').append(c.latency_s()).append(',')
                    .append(c.array_read_energy_J()).append(',').append(c.adc_energy_J()).append(',')
                    .append(c.wordline_energy_J()).append(',').append(c.energy_per_inference_J()).append(',')
                    .append(c.write_energy_per_pulse_J()).append('\n');
        }
        context.progress(1, "done");
        Map<String, Object> summary = Map.of("network", spec.layers(), "estimates", costs,
                "model", "NeuroSim-style first order (see ChipCostModel): cells + drivers + shared ADCs; bit-serial "
                        + "inputs; buffers, accumulation and interconnect left out",
                "technologies", spec.technologies().stream().map(SynapseTechnology::name).toList());
        return new JobOutcome(summary, List.of(Artifact.csv("chip_estimate.csv", csv.toString())));
    }
}
