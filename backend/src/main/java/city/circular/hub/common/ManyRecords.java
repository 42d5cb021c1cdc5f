package city.circular.hub.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list of records a request carries many of at once, such as a bulk upsert's items: more than its
 * {@code @Size(max)} makes the request too large (413), not invalid (400), so that a client knows to split it.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ManyRecords {}
