package io.spinsim.api.problems;

import io.spinsim.db.artifacts.CorruptArtifactException;
import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InvalidSpecException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;

/**
 * Every error as RFC 7807 {@code application/problem+json}: a type URI, a title, the status, a detail, and for
 * invalid input an {@code errors} list whose entries name the field and the allowed range.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    static final String TYPE_BASE = "urn:spinsim:problem:";

    @ExceptionHandler(InvalidSpecException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSpecException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "Invalid input", e.getMessage(),
                e.violations());
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        List<FieldViolation> errors = e.violation() == null ? null : List.of(e.violation());
        return problem(e.status(), e.type(), e.status().getReasonPhrase(), e.getMessage(), errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? null : "a valid " + e.getRequiredType().getSimpleName();
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                "parameter '" + e.getName() + "' has an invalid value",
                List.of(new FieldViolation(e.getName(), "has an invalid value '" + e.getValue() + "'", expected)));
    }

    @ExceptionHandler(CorruptArtifactException.class)
    ResponseEntity<ProblemDetail> corrupt(CorruptArtifactException e) {
        log.error("corrupt artifact", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "artifact-corrupt", "Artifact corrupt", e.getMessage(), null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "the server failed to answer; the error was logged", null);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldViolation(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage(), null)))
                .toList();
        return cast(problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                "a request parameter is invalid", errors));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response == null || !(response.getBody() instanceof ProblemDetail pd)) {
            return response;
        }
        if (pd.getType() == null || "about:blank".equals(pd.getType().toString())) {
            pd.setType(URI.create(TYPE_BASE + "http-" + statusCode.value()));
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(response.getHeaders());
        problemHeaders.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(pd, problemHeaders, response.getStatusCode());
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail,
                                                 List<FieldViolation> errors) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create(TYPE_BASE + type));
        pd.setTitle(title);
        if (errors != null && !errors.isEmpty()) {
            pd.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(pd);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> r) {
        return (ResponseEntity) r;
    }
}
