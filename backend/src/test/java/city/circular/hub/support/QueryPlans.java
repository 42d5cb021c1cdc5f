package city.circular.hub.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Runs a query under EXPLAIN ANALYZE and judges its plan: a big table is read through an index, never scanned
 * whole; no plan node reads more than a bounded number of its rows, and no sort takes more than a bounded number,
 * so that the query costs the same whether the table holds ten thousand rows or a million.
 */
public final class QueryPlans {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final Set<String> bigTables;
    private final long maxRead;
    private final long maxSorted;

    public QueryPlans(DataSource dataSource, Set<String> bigTables, long maxRead, long maxSorted) {
        this.dataSource = dataSource;
        this.bigTables = bigTables;
        this.maxRead = maxRead;
        this.maxSorted = maxSorted;
    }

    /** What is wrong with the query's plan (nothing when it is index-friendly), and a one-line summary of it. */
    public record Verdict(List<String> problems, String summary) {}

    public Verdict judge(String sql) {
        JsonNode plan = explain(sql).get(0).get("Plan");
        List<String> problems = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        visit(plan, problems, summary);
        return new Verdict(problems, summary.toString());
    }

    private void visit(JsonNode node, List<String> problems, StringBuilder summary) {
        String type = node.path("Node Type").asText();
        String table = node.path("Relation Name").asText(null);
        long loops = Math.max(1, node.path("Actual Loops").asLong());
        long read = (node.path("Actual Rows").asLong()
                        + node.path("Rows Removed by Filter").asLong()
                        + node.path("Rows Removed by Index Recheck").asLong())
                * loops;
        summary.append(summary.isEmpty() ? "" : " > ").append(describe(node, type, table, read));
        if (table != null && bigTables.contains(table)) {
            if (type.equals("Seq Scan")) {
                problems.add("Seq Scan on " + table + " (read " + read + " rows)");
            } else if (read > maxRead) {
                problems.add(type + " on " + table + " read " + read + " rows, more than " + maxRead);
            }
        }
        if (type.equals("Sort") || type.equals("Incremental Sort")) {
            long sorted = 0;
            for (JsonNode child : node.path("Plans")) {
                sorted += child.path("Actual Rows").asLong()
                        * Math.max(1, child.path("Actual Loops").asLong());
            }
            if (sorted > maxSorted) {
                problems.add(type + " of " + sorted + " rows, more than " + maxSorted);
            }
        }
        for (JsonNode child : node.path("Plans")) {
            visit(child, problems, summary);
        }
    }

    private static String describe(JsonNode node, String type, String table, long read) {
        StringBuilder text = new StringBuilder(type);
        if (node.has("Index Name")) {
            text.append(" using ").append(node.get("Index Name").asText());
        }
        if (table != null) {
            text.append(" on ").append(table);
        }
        if (table != null || type.endsWith("Sort")) {
            text.append(" (").append(read).append(" rows)");
        }
        return text.toString();
    }

    private JsonNode explain(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("explain (analyze, format json) " + sql)) {
            result.next();
            return JSON.readTree(result.getString(1));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot explain: " + sql, e);
        }
    }
}
