package io.spinsim.jobs.regression;

import io.spinsim.jobs.JobType;
import io.spinsim.jobs.composite.ChildJobs;
import io.spinsim.jobs.composite.ChildRequest;
import io.spinsim.jobs.composite.Composite;

import java.util.ArrayList;
import java.util.List;

/** A regression suite's children: one validated job per case, labelled with the case name. */
public final class RegressionExpansion implements Composite<RegressionSpec> {

    @Override
    public List<ChildRequest> children(RegressionSpec spec, String path) {
        List<ChildRequest> children = new ArrayList<>();
        for (int i = 0; i < spec.cases().size(); i++) {
            RegressionCase c = spec.cases().get(i);
            String at = path + ".cases[" + i + "].job";
            JobType<?> type = ChildJobs.plainType(c.job().type(), at + ".type");
            children.add(new ChildRequest(type.name(), ChildJobs.normalized(type, c.job().spec(), at + ".spec"), c.name()));
        }
        return children;
    }
}
