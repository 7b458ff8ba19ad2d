package io.spinsim.jobs.validation;

/**
 * One invalid field of a submitted document.
 *
 * @param field   JSON path of the field, e.g. {@code spec.material.alpha}
 * @param message what is wrong
 * @param allowed the allowed range or set, e.g. {@code [0, 10]} or {@code one of [heun, rk4]}; null if none applies
 */
public record FieldViolation(String field, String message, String allowed) {
}
