package io.spinsim.jobs.composite;

import java.util.List;

/**
 * A job type that expands into child jobs when submitted. The parent is queued with them and is claimed only
 * after every child has finished; its runner then aggregates the children's outcomes (JobContext#children).
 */
public interface Composite<S> {

    /**
     * @param spec the validated parent spec
     * @param path JSON path of the spec, for violations
     * @return the children, in order
     * @throws io.spinsim.jobs.validation.InvalidSpecException when the spec cannot be expanded
     */
    List<ChildRequest> children(S spec, String path);
}
