package city.circular.hub.change;

import city.circular.hub.common.RequestTrace;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Tells the database who makes the changes of the current transaction and in which request, so that the change
 * record its triggers write names them (a deletion leaves no row to read the actor from). Once per transaction;
 * the settings end with it.
 */
@ApplicationScoped
public class ChangeStamp {

    private static final Object STAMPED = ChangeStamp.class;

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final RequestTrace trace;

    public ChangeStamp(
            EntityManager entityManager, TransactionSynchronizationRegistry transactions, RequestTrace trace) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.trace = trace;
    }

    public void stamp(String actor) {
        if (transactions.getTransactionKey() == null
                || transactions.getResource(STAMPED) != null
                || !Arc.container().requestContext().isActive()) {
            return;
        }
        entityManager
                .createNativeQuery(
                        "select set_config('cch.actor', :actor, true), set_config('cch.request_id', :request, true)")
                .setParameter("actor", actor)
                .setParameter("request", trace.id())
                .getSingleResult();
        transactions.putResource(STAMPED, Boolean.TRUE);
    }
}
