package city.circular.hub.sync;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The records of one parent (a strategy's components, a project's measures) as a collection to upsert into: the
 * external id is unique per parent, so only the parent's records are looked at, and the parent's organization owns
 * them (the lookup of the parent answers 404 or 403 as the service's own writes would).
 */
public final class ChildCollection<I> implements Upserts.Collection<I> {

    /** Replaces the record with this id, if it still has the version named ({@code *}: any). */
    @FunctionalInterface
    public interface Replace<I> {
        Upserts.Written replace(UUID id, String ifMatch, I input);
    }

    private final String path;
    private final Supplier<UUID> parentOwner;
    private final Function<I, String> externalIdOf;
    private final BiFunction<I, String, I> keyed;
    private final Function<String, Optional<UUID>> find;
    private final Function<I, Upserts.Written> create;
    private final Replace<I> replace;

    /**
     * @param path where the parent's records live, as {@code /api/v1/strategies/{id}/components}
     * @param parentOwner the parent's organization, for a caller who may change the parent (404 or 403 otherwise)
     * @param externalIdOf the external id the body names
     * @param keyed the body with the external id set
     * @param find the id of the parent's record with this external id
     */
    public ChildCollection(
            String path,
            Supplier<UUID> parentOwner,
            Function<I, String> externalIdOf,
            BiFunction<I, String, I> keyed,
            Function<String, Optional<UUID>> find,
            Function<I, Upserts.Written> create,
            Replace<I> replace) {
        this.path = path;
        this.parentOwner = parentOwner;
        this.externalIdOf = externalIdOf;
        this.keyed = keyed;
        this.find = find;
        this.create = create;
        this.replace = replace;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public UUID owner(UUID requestedOrganization, I input) {
        return parentOwner.get();
    }

    @Override
    public String externalIdOf(I input) {
        return externalIdOf.apply(input);
    }

    @Override
    public I keyed(I input, UUID owner, String externalId) {
        return keyed.apply(input, externalId);
    }

    @Override
    public Optional<UUID> find(UUID owner, String externalId) {
        return find.apply(externalId);
    }

    @Override
    public Upserts.Written create(I input) {
        return create.apply(input);
    }

    @Override
    public Upserts.Written replace(UUID id, String ifMatch, I input) {
        return replace.replace(id, ifMatch, input);
    }
}
