package city.circular.hub.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The PostgreSQL driver, recording the queries the application runs with their bound values while a test asks it
 * to: PostgreSQL's prepared statements render themselves as the SQL they execute, so a test can EXPLAIN exactly
 * what an endpoint asked, not a copy of it that may drift from the code. Used by tests that name it as the
 * datasource's driver in their profile.
 */
public class RecordingDriver implements Driver {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery");
    private static final List<String> RECORDED = new ArrayList<>();
    private static volatile boolean recording;

    private final Driver postgres = new org.postgresql.Driver();

    /** The queries a piece of work ran, as executable SQL with their values in place. */
    public static List<String> queriesOf(Runnable work) {
        synchronized (RECORDED) {
            RECORDED.clear();
            recording = true;
        }
        try {
            work.run();
        } finally {
            recording = false;
        }
        synchronized (RECORDED) {
            return List.copyOf(RECORDED);
        }
    }

    private static void record(Supplier<String> sql) {
        if (recording) {
            synchronized (RECORDED) {
                RECORDED.add(sql.get());
            }
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = postgres.connect(url, info);
        return connection == null ? null : proxy(Connection.class, connection, this::onConnection);
    }

    private Object onConnection(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        if (result instanceof PreparedStatement statement && method.getName().startsWith("prepare")) {
            return proxy(PreparedStatement.class, statement, RecordingDriver::onStatement);
        }
        return result;
    }

    private static Object onStatement(Object target, Method method, Object[] args) throws Throwable {
        if (EXECUTIONS.contains(method.getName()) && (args == null || args.length == 0)) {
            // Rendered before it runs: afterwards the driver may have released the bound values.
            record(target::toString);
        }
        return invoke(target, method, args);
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return invoke(target, method, args);
            }
            return handler.handle(target, method, args);
        };
        return type.cast(
                Proxy.newProxyInstance(RecordingDriver.class.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return postgres.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return postgres.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("org.postgresql");
    }
}
