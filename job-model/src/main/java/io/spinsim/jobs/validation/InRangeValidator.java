package io.spinsim.jobs.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link InRange} on any boxed number. */
public class InRangeValidator implements ConstraintValidator<InRange, Number> {

    private double min;
    private double max;

    @Override
    public void initialize(InRange range) {
        this.min = range.min();
        this.max = range.max();
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        double v = value.doubleValue();
        return Double.isFinite(v) && v >= min && v <= max;
    }
}
