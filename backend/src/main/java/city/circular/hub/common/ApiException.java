package city.circular.hub.common;

import java.util.List;

/** A failure the API reports to the caller as problem+json; thrown by services, mapped in one place. */
public class ApiException extends RuntimeException {

    public final ProblemType type;
    public final List<FieldError> errors;

    public ApiException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ApiException notFound(String what) {
        return new ApiException(ProblemType.NOT_FOUND, what + " does not exist or is not visible to you.");
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(
                ProblemType.VALIDATION, "The request has 1 invalid field.", List.of(new FieldError(field, message)));
    }

    public static ApiException rule(String detail) {
        return new ApiException(ProblemType.RULE_VIOLATION, detail);
    }
}
