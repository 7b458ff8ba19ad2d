package io.spinsim.jobs.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A finite number inside a closed range, in the unit the field name carries. Null passes (pair with NotNull).
 * The violation names the range so the caller can correct the value.
 */
@Documented
@Constraint(validatedBy = InRangeValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface InRange {
    double min();

    double max();

    /** Unit shown beside the range, e.g. "A/m"; empty for dimensionless. */
    String unit() default "";

    String message() default "must be a finite number in [{min}, {max}]";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
