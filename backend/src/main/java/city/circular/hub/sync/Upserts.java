package city.circular.hub.sync;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Problem;
import city.circular.hub.common.ProblemMappers;
import city.circular.hub.common.ProblemType;
import city.circular.hub.common.Strings;
import city.circular.hub.common.Tagged;
import city.circular.hub.common.Text;
import city.circular.hub.common.Versions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.hibernate.Session;
import org.hibernate.StaleStateException;

/**
 * Create or replace by external id, the one decision every collection with an {@code externalId} shares: the record
 * is looked up among the owning organization's records only, replaced through the service's update when it exists
 * and created through its create when not. {@code If-Match} makes the replace conditional (and refuses to create),
 * {@code If-None-Match: *} makes it create-only. Two concurrent upserts of the same new external id cannot both
 * create: the unique index refuses the second insert, and that upsert runs once more and replaces.
 */
@ApplicationScoped
public class Upserts {

    public static final int MAX_EXTERNAL_ID = 200;

    public static final String IF_NONE_MATCH = "If-None-Match";

    /** How often an upsert that lost a race to a concurrent one runs; the last loser answers 409 or 412. */
    private static final int MAX_TRIES = 3;

    /** PostgreSQL's unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** One collection's writes, made by its own service so that its rules, access checks and change records hold. */
    public interface Collection<I> {

        /** Where the records live, as {@code /api/v1/strategies}: a created record's Location is below it. */
        String path();

        /**
         * The organization the record belongs to, for the caller and the input (and the organization asked for, when
         * the collection's owner is the caller's choice): 403 unless the caller writes for it.
         */
        UUID owner(UUID requestedOrganization, I input);

        /** The external id the input names, if any. */
        String externalIdOf(I input);

        /** The input as it is written: with the external id, and for a new record with its owner. */
        I keyed(I input, UUID owner, String externalId);

        Optional<UUID> find(UUID owner, String externalId);

        Written create(I input);

        Written replace(UUID id, String ifMatch, I input);

        /**
         * A writer for the items of one bulk transaction, which finds their records in one query and writes them in
         * one flush at the end, or null to store each item through {@link #find}, {@link #create} and
         * {@link #replace} (a flush each). The same rules hold either way: an item the writer refuses makes the
         * transaction roll back, and its items are then stored one by one to tell which failed.
         */
        default Batch<I> batch() {
            return null;
        }
    }

    /**
     * Writes of one bulk transaction: the records of the external ids looked up at once, then each item created or
     * replaced with the checks of the single write but without a flush of its own, so that the statements go to the
     * database in JDBC batches when the transaction flushes.
     */
    public interface Batch<I> {

        /** The ids of the owner's records with these external ids, in one query. */
        Map<String, UUID> find(UUID owner, java.util.Collection<String> externalIds);

        Written create(I input);

        /** Replaces a record {@link #find} returned, whatever its version. */
        Written replace(UUID id, I input);
    }

    /**
     * A stored record: its id, version (the ETag) and the view the API answers with, made only for answers that show
     * it (a bulk answer carries id and ETag alone, and reading a view back can cost queries). The version is read when
     * asked for: a bulk chunk writes its records in one flush at its end, which is when a replaced record's version
     * goes up.
     */
    public record Written(UUID id, LongSupplier versionOf, Supplier<Object> view) {

        public Written(UUID id, long version, Supplier<Object> view) {
            this(id, () -> version, view);
        }

        public Written(UUID id, long version, Object body) {
            this(id, () -> version, () -> body);
        }

        public long version() {
            return versionOf.getAsLong();
        }

        /** The same, with its view and version taken now, while the transaction that wrote it is still open. */
        Written withView() {
            Object body = view.get();
            return new Written(id, version(), body);
        }
    }

    public record Outcome(boolean created, Written written) {}

    /** The request's preconditions: an If-Match list, or If-None-Match {@code *}. */
    public record Conditions(String ifMatch, boolean createOnly) {

        public static final Conditions NONE = new Conditions(null, false);

        public static Conditions of(String ifMatch, String ifNoneMatch) {
            String none = Strings.blankToNull(ifNoneMatch);
            if (none != null && !none.strip().equals("*")) {
                throw ApiException.invalid(IF_NONE_MATCH, "must be * (create only), or absent");
            }
            String match = Strings.blankToNull(ifMatch);
            if (match != null && none != null) {
                throw ApiException.invalid(IF_NONE_MATCH, "cannot be combined with If-Match");
            }
            return new Conditions(match, none != null);
        }
    }

    /** Items of a partial bulk request stored per transaction while none fails. */
    static final int CHUNK = 500;

    /** Statements sent to the database at once when a bulk transaction flushes. */
    private static final int JDBC_BATCH = 100;

    private final Validator validator;
    private final EntityManager entityManager;

    public Upserts(Validator validator, EntityManager entityManager) {
        this.validator = validator;
        this.entityManager = entityManager;
    }

    /** Upserts in a transaction of its own. */
    public <I> Outcome upsert(
            Collection<I> collection, UUID requestedOrganization, String externalId, I input, Conditions conditions) {
        String key = checkedKey(externalId, collection.externalIdOf(input));
        Supplier<Outcome> attempt = () -> QuarkusTransaction.requiringNew().call(() -> {
            Outcome outcome = decide(collection, requestedOrganization, key, input, conditions);
            return new Outcome(outcome.created(), outcome.written().withView());
        });
        for (int tries = 1; ; tries++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                // Another request created the record since we looked (this one now replaces it, or answers 412 when
                // create-only), or changed it while an unconditional replace ran (which then replaces that version).
                boolean raced = isUniqueViolation(e) || conditions.ifMatch() == null && isConcurrentUpdate(e);
                if (!raced || tries == MAX_TRIES) {
                    throw e;
                }
            }
        }
    }

    /** Upserts in the caller's transaction, for a bulk request that commits all or nothing. */
    public <I> Outcome upsertJoining(
            Collection<I> collection, UUID requestedOrganization, String externalId, I input, Conditions conditions) {
        String key = checkedKey(externalId, collection.externalIdOf(input));
        return decide(collection, requestedOrganization, key, input, conditions);
    }

    private static <I> Outcome decide(
            Collection<I> collection, UUID requestedOrganization, String key, I input, Conditions conditions) {
        UUID owner = collection.owner(requestedOrganization, input);
        I keyed = collection.keyed(input, owner, key);
        Optional<UUID> existing = collection.find(owner, key);
        if (existing.isPresent()) {
            if (conditions.createOnly()) {
                throw new ApiException(
                        ProblemType.PRECONDITION_FAILED,
                        "A record with the external id " + key + " exists already; If-None-Match: * only creates.");
            }
            String ifMatch = conditions.ifMatch() == null ? "*" : conditions.ifMatch();
            return new Outcome(false, collection.replace(existing.get(), ifMatch, keyed));
        }
        if (conditions.ifMatch() != null) {
            throw new ApiException(
                    ProblemType.PRECONDITION_FAILED,
                    "No record has the external id " + key + "; with If-Match the request only replaces.");
        }
        return new Outcome(true, collection.create(keyed));
    }

    /**
     * The external id the record is stored under: the path's, which the body may repeat but not contradict. 400
     * naming the field when it is too long or holds control characters.
     */
    private static String checkedKey(String externalId, String bodyKey) {
        String field = "externalId";
        String key = externalId == null ? null : externalId.strip();
        if (key == null || key.isEmpty()) {
            throw ApiException.invalid(field, "must not be blank");
        }
        if (key.length() > MAX_EXTERNAL_ID) {
            throw ApiException.invalid(field, "size must be between 0 and " + MAX_EXTERNAL_ID);
        }
        if (!Text.isStorable(key)) {
            throw ApiException.invalid(field, Text.UNSTORABLE);
        }
        String body = Strings.blankToNull(bodyKey);
        if (body != null && !body.strip().equals(key)) {
            throw ApiException.invalid(field, "must be the external id in the address, or absent");
        }
        return key;
    }

    /**
     * Upserts each item by its own external id and answers with one result per item. PARTIAL stores each valid item in
     * a transaction of its own (200, whatever failed); ATOMIC stores all in one transaction or, when any item is
     * invalid or fails, none (422 problem with the results). A body that cannot be read at all was refused before;
     * one with more than {@link UpsertDocs#MAX_BULK_ITEMS} items is refused here as too large (413).
     */
    public <I> Response bulk(
            Collection<I> collection, UUID requestedOrganization, List<I> items, String mode, UriInfo uri) {
        BulkMode how = BulkMode.of(mode);
        int size = items.size();
        if (size > UpsertDocs.MAX_BULK_ITEMS) {
            throw new ApiException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "A bulk request holds at most " + UpsertDocs.MAX_BULK_ITEMS + " items, this one " + size
                            + "; send them in several requests.");
        }
        String[] keys = new String[size];
        Problem[] refused = new Problem[size];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < size; i++) {
            I item = items.get(i);
            keys[i] = Strings.blankToNull(collection.externalIdOf(item));
            refused[i] = refusal(item, keys[i], seen, i, uri);
        }
        List<BulkItemResult> results = new ArrayList<>(size);
        if (how == BulkMode.PARTIAL) {
            BulkItemResult[] answered = new BulkItemResult[size];
            List<Integer> valid = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                if (refused[i] != null) {
                    answered[i] = BulkItemResult.failed(i, keys[i], refused[i]);
                } else {
                    valid.add(i);
                }
            }
            for (int from = 0; from < valid.size(); from += CHUNK) {
                List<Integer> chunk = valid.subList(from, Math.min(valid.size(), from + CHUNK));
                storeChunk(collection, requestedOrganization, items, keys, chunk, answered, uri);
            }
            return Response.ok(BulkResult.of(Arrays.asList(answered))).build();
        }
        if (Arrays.stream(refused).anyMatch(Objects::nonNull)) {
            for (int i = 0; i < size; i++) {
                results.add(
                        refused[i] != null
                                ? BulkItemResult.failed(i, keys[i], refused[i])
                                : BulkItemResult.notStored(i, keys[i]));
            }
            return failure(results, uri);
        }
        Batch<I> batch = collection.batch();
        if (batch != null) {
            List<Integer> all = IntStream.range(0, size).boxed().toList();
            try {
                List<Outcome> outcomes = QuarkusTransaction.requiringNew()
                        .call(() -> storeBatched(collection, batch, requestedOrganization, items, keys, all));
                for (int i = 0; i < size; i++) {
                    results.add(BulkItemResult.stored(i, keys[i], outcomes.get(i)));
                }
                return Response.ok(BulkResult.of(results)).build();
            } catch (RuntimeException batchFailed) {
                // Nothing was stored. Item by item, in a transaction that stores nothing either, names the one.
                results.clear();
            }
        }
        int[] current = {-1};
        try {
            List<Outcome> outcomes = QuarkusTransaction.requiringNew().call(() -> {
                List<Outcome> stored = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    current[0] = i;
                    stored.add(
                            upsertJoining(collection, requestedOrganization, keys[i], items.get(i), Conditions.NONE));
                }
                current[0] = -1;
                return stored;
            });
            for (int i = 0; i < size; i++) {
                results.add(BulkItemResult.stored(i, keys[i], outcomes.get(i)));
            }
            return Response.ok(BulkResult.of(results)).build();
        } catch (RuntimeException e) {
            Problem problem = ProblemMappers.problemOf(e, uri);
            for (int i = 0; i < size; i++) {
                results.add(
                        i == current[0]
                                ? BulkItemResult.failed(i, keys[i], problem)
                                : BulkItemResult.notStored(i, keys[i]));
            }
            return failure(results, uri);
        }
    }

    /**
     * Stores a chunk of a partial bulk request in one transaction, which costs one commit instead of one per item, and
     * with the collection's {@link Batch} one lookup and one flush instead of one each per item. When any item fails,
     * the chunk is rolled back and its items are stored one by one, each in a transaction of its own: every item then
     * gets the answer it would have got alone, and the others are stored all the same.
     */
    private <I> void storeChunk(
            Collection<I> collection,
            UUID requestedOrganization,
            List<I> items,
            String[] keys,
            List<Integer> chunk,
            BulkItemResult[] answered,
            UriInfo uri) {
        Batch<I> batch = collection.batch();
        try {
            List<Outcome> outcomes = QuarkusTransaction.requiringNew().call(() -> {
                if (batch != null) {
                    return storeBatched(collection, batch, requestedOrganization, items, keys, chunk);
                }
                List<Outcome> stored = new ArrayList<>(chunk.size());
                for (int i : chunk) {
                    stored.add(joined(collection, requestedOrganization, keys[i], items.get(i)));
                }
                return stored;
            });
            for (int n = 0; n < chunk.size(); n++) {
                int i = chunk.get(n);
                answered[i] = BulkItemResult.stored(i, keys[i], outcomes.get(n));
            }
        } catch (RuntimeException chunkFailed) {
            for (int i : chunk) {
                try {
                    Outcome outcome = upsert(collection, requestedOrganization, keys[i], items.get(i), Conditions.NONE);
                    answered[i] = BulkItemResult.stored(i, keys[i], outcome);
                } catch (RuntimeException e) {
                    answered[i] = BulkItemResult.failed(i, keys[i], ProblemMappers.problemOf(e, uri));
                }
            }
        }
    }

    /**
     * The items of one bulk transaction through the collection's batch writer: each item's owner as the single upsert
     * decides it, the owners' records with the items' external ids in one query per owner, each item replacing the
     * record found or creating one, and one flush at the end that sends the statements in JDBC batches.
     */
    private <I> List<Outcome> storeBatched(
            Collection<I> collection,
            Batch<I> batch,
            UUID requestedOrganization,
            List<I> items,
            String[] keys,
            List<Integer> indices) {
        entityManager.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        UUID[] owners = new UUID[indices.size()];
        Map<UUID, List<String>> keysByOwner = new LinkedHashMap<>();
        for (int n = 0; n < indices.size(); n++) {
            int i = indices.get(n);
            owners[n] = collection.owner(requestedOrganization, items.get(i));
            keysByOwner.computeIfAbsent(owners[n], o -> new ArrayList<>()).add(keys[i]);
        }
        Map<UUID, Map<String, UUID>> found = new HashMap<>();
        keysByOwner.forEach((owner, ownersKeys) -> found.put(owner, batch.find(owner, ownersKeys)));
        List<Outcome> outcomes = new ArrayList<>(indices.size());
        for (int n = 0; n < indices.size(); n++) {
            int i = indices.get(n);
            I keyed = collection.keyed(items.get(i), owners[n], keys[i]);
            UUID existing = found.get(owners[n]).get(keys[i]);
            outcomes.add(
                    existing != null
                            ? new Outcome(false, batch.replace(existing, keyed))
                            : new Outcome(true, batch.create(keyed)));
        }
        entityManager.flush();
        return outcomes;
    }

    /**
     * One item of a bulk transaction. The service flushed its writes; clearing the persistence context keeps each
     * flush from checking every record stored before it in the same transaction.
     */
    private <I> Outcome joined(Collection<I> collection, UUID requestedOrganization, String key, I item) {
        Outcome outcome = upsertJoining(collection, requestedOrganization, key, item, Conditions.NONE);
        entityManager.clear();
        return outcome;
    }

    /** Why an item is refused before anything is stored: no or a repeated external id, or an invalid field. */
    private <I> Problem refusal(I item, String key, Map<String, Integer> seen, int index, UriInfo uri) {
        try {
            if (item == null) {
                throw ApiException.invalid("items[" + index + "]", "must not be null");
            }
            if (key == null) {
                throw ApiException.invalid("externalId", "is required in a bulk item");
            }
            checkedKey(key, null);
            Integer first = seen.putIfAbsent(key, index);
            if (first != null) {
                throw ApiException.invalid("externalId", "is item " + first + "'s as well; send each record once");
            }
            Set<ConstraintViolation<I>> violations = validator.validate(item);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return null;
        } catch (RuntimeException e) {
            return ProblemMappers.problemOf(e, uri);
        }
    }

    private static Response failure(List<BulkItemResult> results, UriInfo uri) {
        long failed = results.stream()
                .filter(r -> r.result() == BulkItemResult.Result.FAILED)
                .count();
        ProblemType type = ProblemType.RULE_VIOLATION;
        return Response.status(type.status)
                .type(Problem.MEDIA_TYPE)
                .entity(new BulkFailure(
                        type.uri,
                        type.title(type.status),
                        type.status,
                        (failed == 0 ? "The transaction failed" : failed + " of " + results.size() + " items failed")
                                + "; nothing was stored.",
                        uri.getPath(),
                        results))
                .build();
    }

    /**
     * The organization asked for: by the {@code organizationId} query parameter or the body's, which must agree when
     * both are sent; null when neither is (the caller's only organization then).
     */
    public static UUID requested(UUID queryOrganization, UUID bodyOrganization) {
        if (queryOrganization != null && bodyOrganization != null && !queryOrganization.equals(bodyOrganization)) {
            throw ApiException.invalid("organizationId", "differs from the organizationId query parameter");
        }
        return queryOrganization != null ? queryOrganization : bodyOrganization;
    }

    /** 201 with the record's Location and ETag when created, 200 with its ETag when replaced. */
    public static Response answer(Collection<?> collection, Outcome outcome) {
        Written written = outcome.written();
        if (!outcome.created()) {
            return Tagged.ok(written.view().get(), written.version());
        }
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, Tagged.location(collection.path() + "/" + written.id()))
                .tag(Versions.etag(written.version()))
                .entity(written.view().get())
                .build();
    }

    private static boolean isConcurrentUpdate(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The external id was taken since the lookup: by the unique index, or by the service's own check for a duplicate
     * (which sees a concurrent create once it has committed).
     */
    static boolean isUniqueViolation(Throwable e) {
        if (e instanceof ApiException api
                && api.type == ProblemType.CONFLICT
                && api.errors.stream().anyMatch(f -> f.field().equals("externalId"))) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
