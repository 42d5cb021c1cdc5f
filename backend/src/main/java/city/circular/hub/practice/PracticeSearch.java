package city.circular.hub.practice;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.Cursor;
import city.circular.hub.common.PageRequest;
import city.circular.hub.organization.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Full-text search over the practice library in SQL. Each practice's text is indexed in its own language's
 * configuration (german, danish or english); the query is parsed in all three and OR-ed, so that a German word finds
 * German practices by its stem and a Danish word Danish ones, whatever language the caller writes in. Matches are
 * ranked by ts_rank; without a query the newest change comes first.
 */
@ApplicationScoped
public class PracticeSearch {

    static final String QUERY = "(websearch_to_tsquery('german', :q) || websearch_to_tsquery('danish', :q)"
            + " || websearch_to_tsquery('english', :q))";
    static final String CONFIG =
            "(case p.language when 'de' then 'german' when 'da' then 'danish'" + " else 'english' end)::regconfig";
    /** Control characters mark the matches, so that the text around them can be escaped before tags are added. */
    static final String START = "\u0002";

    static final String STOP = "\u0003";
    /** Excerpts are the best two fragments of the text; markup in the text is dropped by the fragmenter. */
    private static final String EXCERPT_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"";
    /** Titles are short: shown whole. */
    private static final String TITLE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";

    private static final String EXCERPT_TEXT = "concat_ws(' ', p.summary, p.problem, p.approach, p.results,"
            + " p.success_factors, p.barriers, p.cost_and_effort, p.transfer_conditions, p.lessons_learned)";

    private final EntityManager em;

    public PracticeSearch(EntityManager em) {
        this.em = em;
    }

    /** One id of a page of hits and the value it is sorted by. */
    public record Hit(UUID id, Float rank, Instant updatedAt) {
        Cursor cursor() {
            return rank == null ? Cursor.of(updatedAt, id) : new Cursor(Float.toString(rank), id);
        }
    }

    /** Highlighted title and excerpt of one hit: escaped text with the matches in mark tags. */
    public record Highlight(String title, String excerpt) {}

    /** Counts of the hits by facet value, and the total, under the same filters as the hits. */
    public record Counts(long total, Map<String, Map<String, Long>> byFacet) {}

    /** One page of hits (plus one, which tells whether another follows), with the counts of all hits. */
    public record Result(List<Hit> hits, Counts counts) {}

    /**
     * The page and the total and facet counts in one statement: the hits are collected once (a materialized CTE),
     * so the matching rows are read once for ranking and counting alike.
     */
    @SuppressWarnings("unchecked")
    public Result search(AccessPolicy.Scope scope, PracticeFilter filter, Set<UUID> networkMembers, PageRequest page) {
        Where where = where(scope, filter, networkMembers);
        boolean ranked = filter.text() != null;
        StringBuilder sql = new StringBuilder("with hits as materialized (select p.id, p.updated_at, ")
                .append(ranked ? "ts_rank(p.search_vector, " + QUERY + ")" : "cast(null as real)")
                .append(" as rank, p.organization_id, p.country, p.population_band, p.maturity, p.fields_of_action")
                .append(" from practice p where ")
                .append(where.sql)
                .append(") (select 'hit', cast(h.id as varchar), h.rank, h.updated_at, cast(0 as bigint) from hits h");
        if (page.after() != null) {
            if (ranked) {
                sql.append(" where (h.rank, h.id) < (cast(:afterRank as real), :afterId)");
                where.parameters.put("afterRank", rankOf(page.after()));
            } else {
                sql.append(" where (h.updated_at, h.id) < (:afterTime, :afterId)");
                where.parameters.put(
                        "afterTime", OffsetDateTime.ofInstant(page.after().instant(), ZoneOffset.UTC));
            }
            where.parameters.put("afterId", page.after().id());
        }
        sql.append(ranked ? " order by h.rank desc, h.id desc" : " order by h.updated_at desc, h.id desc")
                .append(" limit ")
                .append(page.limit())
                .append(")")
                .append(" union all select 'total', '', null, null, count(*) from hits")
                .append(" union all select 'country', country, null, null, count(*) from hits")
                .append(" where country is not null group by country")
                .append(" union all select 'populationBand', population_band, null, null, count(*) from hits")
                .append(" where population_band is not null group by population_band")
                .append(" union all select 'maturity', maturity, null, null, count(*) from hits group by maturity")
                .append(" union all select 'fieldOfAction', f, null, null, count(*) from hits")
                .append(" cross join unnest(fields_of_action) f group by f")
                .append(" union all select 'organization', cast(organization_id as varchar), null, null, count(*)")
                .append(" from hits group by organization_id");
        List<Object[]> rows =
                bind(em.createNativeQuery(sql.toString()), where.parameters).getResultList();
        List<Hit> hits = new ArrayList<>();
        long total = 0;
        Map<String, Map<String, Long>> byFacet = new HashMap<>();
        for (Object[] row : rows) {
            String facet = (String) row[0];
            switch (facet) {
                case "hit" -> hits.add(new Hit(UUID.fromString((String) row[1]), (Float) row[2], toInstant(row[3])));
                case "total" -> total = ((Number) row[4]).longValue();
                default ->
                    byFacet.computeIfAbsent(facet, k -> new HashMap<>())
                            .put((String) row[1], ((Number) row[4]).longValue());
            }
        }
        // A union keeps no order of its own: the page is sorted here as the query sorted it, ids compared as
        // PostgreSQL compares uuids (unsigned bytes, unlike UUID.compareTo), so that cursors continue correctly.
        Comparator<Hit> order = ranked
                ? Comparator.comparing(Hit::rank).thenComparing(Hit::id, PracticeSearch::compareAsPostgres)
                : Comparator.comparing(Hit::updatedAt).thenComparing(Hit::id, PracticeSearch::compareAsPostgres);
        hits.sort(order.reversed());
        return new Result(hits, new Counts(total, byFacet));
    }

    static int compareAsPostgres(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** Highlighted title and excerpt of the given practices for the query, in each practice's own language. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Highlight> highlights(Collection<UUID> ids, String text) {
        if (ids.isEmpty() || text == null) {
            return Map.of();
        }
        String sql = "select p.id, ts_headline(" + CONFIG + ", p.title, " + QUERY + ", :titleOptions), ts_headline("
                + CONFIG + ", " + EXCERPT_TEXT + ", " + QUERY
                + ", :excerptOptions) from practice p where p.id in (:ids)";
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter("q", text)
                .setParameter("titleOptions", TITLE_OPTIONS)
                .setParameter("excerptOptions", EXCERPT_OPTIONS)
                .setParameter("ids", ids)
                .getResultList();
        Map<UUID, Highlight> result = new HashMap<>();
        for (Object[] row : rows) {
            result.put((UUID) row[0], new Highlight(marked((String) row[1]), marked((String) row[2])));
        }
        return result;
    }

    /**
     * Escapes the text for HTML and turns the match markers into {@code <mark>} tags: the only markup the result
     * contains, so a client may render it either by parsing the marks or as HTML without risk.
     */
    static String marked(String headline) {
        if (headline == null || headline.isBlank()) {
            return null;
        }
        StringBuilder out = new StringBuilder(headline.length() + 32);
        boolean open = false;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            switch (c) {
                case '\u0002' -> {
                    if (!open) {
                        out.append("<mark>");
                        open = true;
                    }
                }
                case '\u0003' -> {
                    if (open) {
                        out.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }

    private record Where(String sql, Map<String, Object> parameters) {}

    /**
     * What the caller may read (the access policy's scope; drafts only for their owners) and the filters. Every
     * value is a bind parameter; only constant SQL is concatenated.
     */
    private static Where where(AccessPolicy.Scope scope, PracticeFilter filter, Set<UUID> networkMembers) {
        StringBuilder sql = new StringBuilder(scope.condition())
                .append(" and (p.status = 'PUBLISHED' or p.organization_id in (:memberOrgs))");
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        if (filter.text() != null) {
            sql.append(" and p.search_vector @@ ").append(QUERY);
            parameters.put("q", filter.text());
        }
        add(sql, parameters, "p.organization_id = :organizationId", "organizationId", filter.organizationId());
        add(
                sql,
                parameters,
                "p.fields_of_action @> array[cast(:fieldOfAction as varchar)]",
                "fieldOfAction",
                filter.fieldOfAction());
        add(sql, parameters, "p.country = :country", "country", filter.country());
        add(
                sql,
                parameters,
                "p.population_band = :populationBand",
                "populationBand",
                filter.populationBand() == null ? null : filter.populationBand().name());
        add(
                sql,
                parameters,
                "p.maturity = :maturity",
                "maturity",
                filter.maturity() == null ? null : filter.maturity().name());
        add(sql, parameters, "p.language = :language", "language", filter.language());
        add(
                sql,
                parameters,
                "p.status = :status",
                "status",
                filter.status() == null ? null : filter.status().name());
        add(sql, parameters, "p.source_project_id = :sourceProjectId", "sourceProjectId", filter.sourceProjectId());
        if (filter.networkId() != null) {
            add(
                    sql,
                    parameters,
                    "p.organization_id in (:networkMembers)",
                    "networkMembers",
                    networkMembers.isEmpty() ? Set.of(new UUID(0, 0)) : networkMembers);
        }
        return new Where(sql.toString(), parameters);
    }

    private static void add(
            StringBuilder sql, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            sql.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static float rankOf(Cursor cursor) {
        try {
            return Float.parseFloat(cursor.key());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("cursor", "is not a cursor of this search");
        }
    }

    private static Instant toInstant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
