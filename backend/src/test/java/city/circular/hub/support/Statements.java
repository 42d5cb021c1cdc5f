package city.circular.hub.support;

import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.SessionFactory;

/** Counts the SQL statements a request runs, so that tests can prove a list costs the same at any size. */
@ApplicationScoped
public class Statements {

    private final SessionFactory sessionFactory;

    public Statements(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    public long during(Runnable request) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }
}
