package io.spinsim.jobs.validation;

import java.util.List;

/**
 * A spec whose validity depends on several fields together (cell count, step count, sizes that must match).
 * Runs only after every single-field constraint passed, so implementations may assume non-null required fields.
 */
public interface CrossFieldChecked {

    /** @param path JSON path of this object, e.g. {@code spec}; violations name fields below it */
    List<FieldViolation> crossFieldViolations(String path);
}
