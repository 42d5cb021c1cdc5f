package city.circular.hub.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Visibility",
        description = "Who besides the owning organization may read a record: nobody (PRIVATE), members of "
                + "organizations that share a network with the owner (NETWORK), or every signed-in user (PUBLIC).")
public enum Visibility {
    PRIVATE,
    NETWORK,
    PUBLIC;

    /** What an organization shares beyond itself: with its network peers, or with everyone. */
    public static final List<Visibility> SHARED = List.of(NETWORK, PUBLIC);
}
