package city.circular.hub.organization;

import java.util.UUID;

/**
 * A feature's own rule for who may change one of its records, as its service applies it. {@link WriteGate} asks it
 * before a request body is read, so that the answer is the one the service would give, only earlier.
 */
public interface WriteCheck {

    /** Returns when the caller may change the record; 404 when they may not read it, 403 when they may only read it. */
    void checkWritable(UUID id);
}
