package city.circular.hub.common;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Whether a loaded record's fields differ from what was read from the database, as Hibernate's flush would find: a
 * replace that sends what is stored then changes nothing (no new version, no change record), so that a sync script's
 * second run leaves the data as it was.
 */
public final class Dirty {

    private Dirty() {}

    /** True unless the managed record holds exactly the state it was loaded with; true for a record not loaded. */
    public static boolean isDirty(EntityManager entityManager, Object record) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        EntityEntry entry = session.getPersistenceContextInternal().getEntry(record);
        if (entry == null || entry.getLoadedState() == null) {
            return true;
        }
        Object[] current = entry.getPersister().getValues(record);
        int[] dirty = entry.getPersister().findDirty(current, entry.getLoadedState(), record, session);
        return dirty != null && dirty.length > 0;
    }

    /**
     * The stored amount when the new one is the same number. Amount columns have a fixed scale, so 25000 is stored as
     * 25000.00; assigning the other scale would make the flush write a new version of an unchanged record.
     */
    public static BigDecimal sameAmount(BigDecimal stored, BigDecimal next) {
        return stored != null && next != null && stored.compareTo(next) == 0 ? stored : next;
    }

    /**
     * Stamps who changed the record and when, unless the update left it as it was: then it keeps its version, and no
     * change record is written, so that sending what is stored again changes nothing.
     */
    public static void touchIfChanged(EntityManager entityManager, AuditedRecord record, String by) {
        if (isDirty(entityManager, record)) {
            record.touched(by);
        }
    }
}
