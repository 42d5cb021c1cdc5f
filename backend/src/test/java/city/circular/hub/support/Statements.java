package city.circular.hub.support;

import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.SessionFactory;

/**
 * Counts the SQL statements a request runs, so that tests can prove a list costs the same at any size and that a
 * read runs its own statements only (the caller's context comes from the per-token cache).
 */
@ApplicationScoped
public class Statements {

    private final SessionFactory sessionFactory;

    public Statements(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /**
     * The statements of a read, counted on its second run: the first one warms what is cached per token, as any
     * earlier request with the same token would. Only for reads: the request runs twice.
     */
    public long during(Runnable request) {
        request.run();
        return cold(request);
    }

    /** The statements of a single run of the request, whatever is cached or not. */
    public long cold(Runnable request) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }
}
