package city.circular.hub.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * The failures PostgreSQL's going away and coming back produce, as seen by scripts/fault-postgres.sh: each answers
 * 503 (ProblemMappers), while other database errors stay 500.
 */
class DatabaseUnreachableTest {

    @Test
    void aRefusedConnectionIsUnreachable() {
        var refused = new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertTrue(ProblemMappers.isDatabaseUnreachable(
                new GenericJDBCException("Unable to acquire JDBC Connection", refused)));
    }

    @Test
    void aServerStillStartingUpOrShuttingDownIsUnreachable() {
        for (String state : new String[] {"57P01", "57P02", "57P03"}) {
            var starting = new SQLException("FATAL: the database system is starting up", state);
            assertTrue(
                    ProblemMappers.isDatabaseUnreachable(
                            new GenericJDBCException("Unable to acquire JDBC Connection", starting)),
                    state);
        }
    }

    @Test
    void aCommitCutOffByALostConnectionIsUnreachable() {
        var io = new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE);
        var xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(io);
        var rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(
                ProblemMappers.isDatabaseUnreachable(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        var syntax = new PSQLException("syntax error", PSQLState.SYNTAX_ERROR);
        assertFalse(ProblemMappers.isDatabaseUnreachable(new GenericJDBCException("could not execute", syntax)));
        var rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new XAException("heuristic"));
        assertFalse(ProblemMappers.isDatabaseUnreachable(rollback));
        assertFalse(ProblemMappers.isDatabaseUnreachable(new IllegalStateException("Session/EntityManager is closed")));
    }
}
