package city.circular.hub.common;

import java.util.HashMap;
import java.util.Map;

/**
 * Builds the HQL of a filtered, keyset-paged list on the alias {@code r}. Optional filters whose value is null are
 * left out, so list repositories read as the list of filters they support.
 */
public final class ListQuery {

    private final StringBuilder hql;
    private final Map<String, Object> parameters;

    /** Starts from an entity and the condition that limits it to what the caller may read. */
    public ListQuery(String entity, String scopeCondition, Map<String, Object> scopeParameters) {
        this.hql = new StringBuilder("from ").append(entity).append(" r where ").append(scopeCondition);
        this.parameters = new HashMap<>(scopeParameters);
    }

    public ListQuery where(String clause, String parameter, Object value) {
        if (value != null) {
            hql.append(" and ").append(clause);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** A condition without parameters, added only when it applies. */
    public ListQuery whereIf(boolean applies, String clause) {
        if (applies) {
            hql.append(" and ").append(clause);
        }
        return this;
    }

    /** Case-insensitive substring match on any of the given string fields. */
    public ListQuery matching(String text, String... fields) {
        if (text == null) {
            return this;
        }
        hql.append(" and (");
        for (int i = 0; i < fields.length; i++) {
            hql.append(i == 0 ? "" : " or ").append("lower(").append(fields[i]).append(") like :text escape '\\'");
        }
        hql.append(')');
        parameters.put("text", "%" + escapeLike(text.toLowerCase()) + "%");
        return this;
    }

    /**
     * Keeps the items after the cursor in the order ({@code key}, id), both descending or both ascending. A row
     * comparison, so that the list's index in that order starts right at the cursor instead of reading up to it.
     */
    public ListQuery after(Cursor cursor, String key, Object keyValue, boolean descending) {
        if (cursor != null) {
            hql.append(" and (")
                    .append(key)
                    .append(", r.id) ")
                    .append(descending ? "<" : ">")
                    .append(" (:afterKey, :afterId)");
            parameters.put("afterKey", keyValue);
            parameters.put("afterId", cursor.id());
        }
        return this;
    }

    public String orderedBy(String key, boolean descending) {
        String direction = descending ? " desc" : " asc";
        return hql + " order by " + key + direction + ", r.id" + direction;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
