package city.circular.hub.organization;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that changes (a part of) an existing record named in its path. {@link WriteGate} applies the
 * record's {@link WriteCheck} before the body is read and validated: a caller who may not change the record answers
 * 404 or 403 at once, whatever the body, and never makes the server validate it.
 */
@NameBinding
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ChecksAccessFirst {

    /** The service that owns the record and knows who may change it. */
    Class<? extends WriteCheck> value();

    /** The path parameter that holds the record's id. */
    String id() default "id";
}
