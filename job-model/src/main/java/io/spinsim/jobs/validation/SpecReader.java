package io.spinsim.jobs.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a JSON spec into its record and validates it completely: strict parsing (no unknown fields, no nulls or
 * strings where numbers belong, no NaN), then the constraint annotations, then the spec's cross-field checks.
 * Every failure becomes an {@link InvalidSpecException} whose violations name the JSON path and the allowed range.
 */
public final class SpecReader {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
            .build();

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

    private final Validator validator = FACTORY.getValidator();

    /** The strict mapper specs are read with; also used to write normalized specs back to JSON. */
    public static JsonMapper mapper() {
        return STRICT;
    }

    /**
     * @param node JSON of the spec
     * @param type record to read it into
     * @param path JSON path of the node in the request, used as prefix of field names (e.g. {@code spec});
     *             empty for the document root
     */
    public <S> S read(JsonNode node, Class<S> type, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new InvalidSpecException(path.isEmpty() ? "$" : path, "is required", "a JSON object");
        }
        if (!node.isObject()) {
            throw new InvalidSpecException(path.isEmpty() ? "$" : path, "must be a JSON object", "a JSON object");
        }
        S spec = parse(node, type, path);
        validate(spec, path);
        return spec;
    }

    /** Runs the constraint annotations and cross-field checks on an already built object. */
    public void validate(Object spec, String path) {
        List<FieldViolation> violations = validator.validate(spec).stream()
                .map(v -> toViolation(v, path))
                .sorted(Comparator.comparing(FieldViolation::field))
                .collect(Collectors.toCollection(ArrayList::new));
        if (violations.isEmpty() && spec instanceof CrossFieldChecked checked) {
            violations.addAll(checked.crossFieldViolations(path));
        }
        if (!violations.isEmpty()) {
            throw new InvalidSpecException(violations);
        }
    }

    private static <S> S parse(JsonNode node, Class<S> type, String path) {
        try {
            return STRICT.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? null
                    : "one of " + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            throw new InvalidSpecException(jsonPath(path, e), "unknown field", known);
        } catch (InvalidNullException e) {
            throw new InvalidSpecException(jsonPath(path, e), "must not be null", expected(e.getTargetType()));
        } catch (InvalidFormatException e) {
            throw new InvalidSpecException(jsonPath(path, e), "has an invalid value '" + e.getValue() + "'",
                    expected(e.getTargetType()));
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new InvalidSpecException(jsonPath(path, e), String.valueOf(cause.getMessage()), null);
        } catch (MismatchedInputException e) {
            throw new InvalidSpecException(jsonPath(path, e), "has the wrong type or shape", expected(e.getTargetType()));
        } catch (DatabindException e) {
            throw new InvalidSpecException(jsonPath(path, e), e.getOriginalMessage(), null);
        } catch (JacksonException e) {
            throw new InvalidSpecException(path, e.getOriginalMessage(), null);
        }
    }

    private static String jsonPath(String prefix, DatabindException e) {
        StringBuilder sb = new StringBuilder(prefix);
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                appendName(sb, ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return null;
        }
        if (target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf).toList();
        }
        if (target == double.class || target == Double.class || target == float.class || target == Float.class) {
            return "a finite JSON number";
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class) {
            return "a JSON integer";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a JSON string";
        }
        if (target.isArray() || List.class.isAssignableFrom(target)) {
            return "a JSON array";
        }
        return target.isRecord() ? "a JSON object" : null;
    }

    private static FieldViolation toViolation(ConstraintViolation<?> v, String prefix) {
        return new FieldViolation(jsonPath(prefix, v.getPropertyPath()), v.getMessage(),
                allowed(v.getConstraintDescriptor().getAnnotation(), v.getConstraintDescriptor().getAttributes()));
    }

    private static String jsonPath(String prefix, Path path) {
        StringBuilder sb = new StringBuilder(prefix);
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                appendName(sb, node.getName());
            }
        }
        return sb.toString();
    }

    /** Appends a property to a JSON path; an empty path means the document root. */
    private static void appendName(StringBuilder path, String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }

    private static String allowed(Annotation a, Map<String, Object> attrs) {
        if (a instanceof InRange r) {
            String unit = r.unit().isEmpty() ? "" : " " + r.unit();
            return "[" + fmt(r.min()) + ", " + fmt(r.max()) + "]" + unit;
        }
        if (a instanceof Size s) {
            return "size in [" + s.min() + ", " + s.max() + "]";
        }
        if (a instanceof Pattern p) {
            return "matching " + p.regexp();
        }
        if (a instanceof NotNull) {
            return "a value (required)";
        }
        Object min = attrs.get("min");
        Object max = attrs.get("max");
        if (min != null || max != null) {
            return "[" + (min == null ? "-inf" : min) + ", " + (max == null ? "inf" : max) + "]";
        }
        Object value = attrs.get("value");
        return value == null ? null : String.valueOf(value);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
