package city.circular.hub.sync;

/** What the contract says about every upsert by external id, in one place. */
public final class UpsertDocs {

    private UpsertDocs() {}

    public static final String DESCRIPTION = "Creates the record with this external id in the owning organization"
            + " (201 with Location and ETag), or replaces the one that has it (200 with ETag): the same body, rules,"
            + " access checks and change records as create and update, so that a sync script can send the same"
            + " request again after a timeout without duplicating anything. Only the owning organization's records"
            + " are looked at: another organization may use the same external id for a record of its own. The body's"
            + " `externalId` may be left out; if sent it must be the one in the address. Without If-Match a record"
            + " that exists is replaced whatever its version; with If-Match only the version named is replaced (412"
            + " otherwise, and 412 when there is nothing to replace); with `If-None-Match: *` the request only"
            + " creates (412 when the record exists). A replace with what is stored changes nothing: no new version,"
            + " no change record. Of two concurrent requests creating the same external id, one"
            + " creates and the other replaces.";

    public static final String EXTERNAL_ID =
            "The record's key in the caller's source system, unique per owning organization";

    public static final String ORGANIZATION = "Owning organization; needed when the caller edits for more than one"
            + " (the body's organizationId may say the same)";

    public static final String IF_MATCH =
            "Replace only this version (the record's ETag); the request then never creates";

    public static final String IF_NONE_MATCH = "`*`: create only, never replace";

    public static final String PRECONDITION_FAILED = "If-Match does not name the current version or there is no record"
            + " to replace, or If-None-Match is * and the record exists";

    public static final int MAX_BULK_ITEMS = 1000;

    public static final String BULK = "Creates or replaces up to 1,000 records in one request, each by its own"
            + " `externalId` (required in every item, once per request), with the rules of the single upsert by external"
            + " id (without preconditions). `mode=partial` (the default) stores each item on its own: the answer is 200"
            + " with one result per item, in the order sent: CREATED or REPLACED with id and ETag, or FAILED with the"
            + " RFC 9457 problem the item would have got on its own. `mode=atomic` stores all items or none: if any"
            + " item is invalid or fails, nothing is stored and the answer is a 422 problem whose `results` name the"
            + " failing item and mark the others NOT_STORED. A body that cannot be read (malformed JSON, a wrong type"
            + " or unknown property in any item) is refused as a whole with 400, one with more than 1,000 items or"
            + " more than the body size limit with 413. A replace that sends what is stored changes nothing: the"
            + " record keeps its version (the ETag answered is the one it had) and no change is recorded, so that"
            + " a sync script's second run leaves everything as it was. Send an Idempotency-Key to make a retry after a timeout replay the first answer.";

    public static final String BULK_TOO_LARGE =
            "More than 1,000 items, or a body larger than the size limit: nothing was stored; send fewer per request";

    public static final String BULK_MODE = "`partial` (default): each item on its own; `atomic`: all or nothing";

    public static final String BULK_FAILURE =
            "mode=atomic and an item is invalid or failed: nothing was stored; `results` says which";
}
