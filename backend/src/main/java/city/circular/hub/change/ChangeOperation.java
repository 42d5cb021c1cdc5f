package city.circular.hub.change;

/**
 * What happened to a record. REMOVED is never stored: the feed says it to a reader who could read the record before
 * a change and cannot after it (its visibility changed).
 */
public enum ChangeOperation {
    CREATE,
    UPDATE,
    DELETE,
    REMOVED
}
