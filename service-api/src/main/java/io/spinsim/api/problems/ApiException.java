package io.spinsim.api.problems;

import io.spinsim.jobs.validation.FieldViolation;
import org.springframework.http.HttpStatus;

/** An error the API answers with a problem document of this status and type. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final transient FieldViolation violation;

    public ApiException(HttpStatus status, String type, String message, FieldViolation violation) {
        super(message);
        this.status = status;
        this.type = type;
        this.violation = violation;
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", what + " does not exist", null);
    }

    public static ApiException conflict(String message) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", message, null);
    }

    /** A query parameter or header with a value outside what is allowed. */
    public static ApiException badParameter(String name, String message, String allowed) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", name + " " + message,
                new FieldViolation(name, message, allowed));
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** The offending field or parameter, if one is to blame. */
    public FieldViolation violation() {
        return violation;
    }
}
