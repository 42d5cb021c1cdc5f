package city.circular.hub.change;

import city.circular.hub.common.SqlValues;
import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the change record that V12's triggers write; nothing in Java writes it. */
@ApplicationScoped
public class ChangeRepository {

    private static final String COLUMNS = """
            c.tx_id::text, c.seq, c.changed_at, c.operation, c.resource_type, c.record_id, c.root_type, c.root_id,
            c.organization_id, c.visibility, c.previous_visibility, c.external_id, c.changes::text, c.actor,
            c.request_id""";

    private final EntityManager entityManager;

    public ChangeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Changes after a position in position order, only of transactions older than every one still running (so none
     * can later appear behind the page), that a reader could read after the change or before it; each with whether
     * the reader can read it after it. {@code own} is the reader's own organizations, whose changes they read
     * whatever their visibility.
     */
    public List<FeedRow> after(
            ChangePosition after,
            AccessPolicy.Scope own,
            AccessPolicy.Scope readableAfter,
            AccessPolicy.Scope readableBefore,
            Collection<String> types,
            UUID organizationId,
            int limit) {
        String filters = " and (c.tx_id, c.seq) > (cast(:afterTx as xid8), :afterSeq)"
                + " and c.tx_id < pg_snapshot_xmin(pg_current_snapshot())"
                + (types.isEmpty() ? "" : " and c.resource_type in (:types)");
        String readable = " and (" + readableAfter.condition() + " or (c.previous_visibility is not null and "
                + readableBefore.condition() + "))";
        String order = " order by c.tx_id, c.seq limit :limit";
        String sql;
        if (organizationId != null) {
            sql = "select " + COLUMNS + ", " + readableAfter.condition() + " from change_record c"
                    + " where c.organization_id = :organizationId" + filters + readable + order;
        } else {
            // The reader's own changes and the changes others shared, each read in position order along an index
            // of its own and merged: one condition over both would read past every change the reader may not see.
            sql = "select * from ((select " + COLUMNS + ", true, c.tx_id as position_tx from change_record c"
                    + " where " + own.condition() + filters + order + ")"
                    + " union all (select " + COLUMNS + ", " + readableAfter.condition() + ", c.tx_id"
                    + " from change_record c where not (" + own.condition() + ")"
                    + " and (c.visibility in ('NETWORK', 'PUBLIC') or c.previous_visibility is not null)"
                    + filters + readable + order + ")) page"
                    + " order by page.position_tx, page.seq limit :limit";
        }
        Query query = entityManager
                .createNativeQuery(sql)
                .setParameter("afterTx", Long.toString(after.transaction()))
                .setParameter("afterSeq", after.sequence())
                .setParameter("limit", limit);
        if (!types.isEmpty()) {
            query.setParameter("types", types);
        }
        if (organizationId != null) {
            query.setParameter("organizationId", organizationId);
        } else {
            own.parameters().forEach(query::setParameter);
        }
        readableAfter.parameters().forEach(query::setParameter);
        readableBefore.parameters().forEach(query::setParameter);
        List<?> rows = query.getResultList();
        return rows.stream()
                .map(row -> {
                    Object[] values = (Object[]) row;
                    return new FeedRow(toRow(values), Boolean.TRUE.equals(values[15]));
                })
                .toList();
    }

    /** The newest position no running transaction can still write behind: where a new subscriber starts. */
    public ChangePosition head() {
        List<?> rows = entityManager
                .createNativeQuery("select c.tx_id::text, c.seq from change_record c"
                        + " where c.tx_id < pg_snapshot_xmin(pg_current_snapshot())"
                        + " order by c.tx_id desc, c.seq desc limit 1")
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> {
                    Object[] values = (Object[]) row;
                    return ChangePosition.fromColumns(values[0], values[1]);
                })
                .orElse(ChangePosition.START);
    }

    /** A change, and whether the reader it was read for can read the record after it. */
    public record FeedRow(ChangeRow change, boolean readable) {}

    /** The changes of one tenant record and its children, newest first, before a sequence number. */
    public List<ChangeRow> ofRoot(UUID rootId, long beforeSeq, int limit) {
        return rows(entityManager
                .createNativeQuery("select " + COLUMNS + " from change_record c"
                        + " where c.root_id = :root and c.seq < :before order by c.seq desc limit :limit")
                .setParameter("root", rootId)
                .setParameter("before", beforeSeq)
                .setParameter("limit", limit));
    }

    /** Every change to an organization's records, newest first, before a sequence number. */
    public List<ChangeRow> ofOrganization(UUID organizationId, long beforeSeq, int limit) {
        return rows(entityManager
                .createNativeQuery("select " + COLUMNS + " from change_record c"
                        + " where c.organization_id = :organization and c.seq < :before"
                        + " order by c.seq desc limit :limit")
                .setParameter("organization", organizationId)
                .setParameter("before", beforeSeq)
                .setParameter("limit", limit));
    }

    /** Where purged history ends, if any was purged. */
    public Optional<ChangePosition> horizon() {
        List<?> rows = entityManager
                .createNativeQuery("select tx_id::text, seq from change_horizon")
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] values = (Object[]) row;
            return ChangePosition.fromColumns(values[0], values[1]);
        });
    }

    /** Deletes the changes made before an instant and moves the horizon past them; returns how many went. */
    public int purgeBefore(Instant before) {
        List<?> last = entityManager
                .createNativeQuery("""
                        with gone as (delete from change_record where changed_at < :before returning tx_id, seq)
                        select max(tx_id)::text, max(seq), count(*) from gone""")
                .setParameter("before", before)
                .getResultList();
        Object[] values = (Object[]) last.getFirst();
        int count = ((Number) values[2]).intValue();
        if (count > 0) {
            // (largest transaction, largest sequence) lies at or after every purged position: a cursor before it is
            // gone.
            entityManager
                    .createNativeQuery("""
                            insert into change_horizon (singleton, tx_id, seq) values (true, cast(:tx as xid8), :seq)
                            on conflict (singleton) do update set
                                tx_id = greatest(change_horizon.tx_id, excluded.tx_id),
                                seq = greatest(change_horizon.seq, excluded.seq)""")
                    .setParameter("tx", values[0])
                    .setParameter("seq", ((Number) values[1]).longValue())
                    .executeUpdate();
        }
        return count;
    }

    private static List<ChangeRow> rows(Query query) {
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> toRow((Object[]) row)).toList();
    }

    private static ChangeRow toRow(Object[] v) {
        return new ChangeRow(
                ChangePosition.fromColumns(v[0], v[1]),
                SqlValues.instant(v[2]),
                ChangeOperation.valueOf((String) v[3]),
                (String) v[4],
                (UUID) v[5],
                (String) v[6],
                (UUID) v[7],
                (UUID) v[8],
                (String) v[9],
                (String) v[10],
                (String) v[11],
                (String) v[12],
                (String) v[13],
                (String) v[14]);
    }
}
