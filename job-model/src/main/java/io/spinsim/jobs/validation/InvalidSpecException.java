package io.spinsim.jobs.validation;

import java.util.List;

/** A submitted document failed to parse or validate; carries every offending field. */
public class InvalidSpecException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidSpecException(List<FieldViolation> violations) {
        super(violations.isEmpty() ? "invalid spec" : describe(violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidSpecException(String field, String message, String allowed) {
        this(List.of(new FieldViolation(field, message, allowed)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        FieldViolation first = violations.get(0);
        String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
        return first.field() + ": " + first.message() + more;
    }
}
