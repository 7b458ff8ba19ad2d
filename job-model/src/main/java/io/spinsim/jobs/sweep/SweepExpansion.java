package io.spinsim.jobs.sweep;

import io.spinsim.jobs.JobType;
import io.spinsim.jobs.composite.ChildRequest;
import io.spinsim.jobs.composite.Composite;
import io.spinsim.jobs.composite.ChildJobs;
import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InvalidSpecException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Expands a sweep into one validated child job per grid point. */
public final class SweepExpansion implements Composite<SweepSpec> {

    @Override
    public List<ChildRequest> children(SweepSpec spec, String path) {
        JobType<?> type = ChildJobs.plainType(spec.job().type(), path + ".job.type");
        JsonNode base = ChildJobs.normalized(type, spec.job().spec(), path + ".job.spec");
        ParameterGrid grid = spec.grid();
        List<FieldViolation> violations = grid.violations(base, path);
        if (!violations.isEmpty()) {
            throw new InvalidSpecException(violations);
        }
        List<ChildRequest> children = new ArrayList<>();
        for (ParameterGrid.Point point : grid.points()) {
            String label = point.values().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", "));
            JsonNode child = grid.childSpec(base, point);
            ChildJobs.normalized(type, child, path + ".job.spec (at grid point " + point.index() + ": " + label + ")");
            children.add(new ChildRequest(type.name(), child, label));
        }
        return children;
    }
}
