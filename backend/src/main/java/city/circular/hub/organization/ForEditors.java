package city.circular.hub.organization;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation only editors can ever succeed with, such as creating a record for the caller's organization
 * ({@link AccessPolicy#organizationForNewRecord}). {@link EditorGate} refuses callers whose token names no editor
 * or admin membership before the body is read and validated, so that a read-only caller cannot make the server
 * validate (and answer) a large body.
 */
@NameBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ForEditors {}
