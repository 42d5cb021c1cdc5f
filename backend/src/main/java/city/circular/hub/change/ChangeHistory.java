package city.circular.hub.change;

import city.circular.hub.common.ApiException;
import city.circular.hub.common.PageRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The audit history of records, read from the change record. Callers check access before they ask. */
@ApplicationScoped
public class ChangeHistory {

    private final ChangeRepository changes;
    private final ObjectMapper json;

    public ChangeHistory(ChangeRepository changes, ObjectMapper json) {
        this.changes = changes;
        this.json = json;
    }

    /**
     * The history of a tenant record and its children's changes. The caller's access to the record is checked
     * before (its feature's service loads it through the access policy).
     */
    @Transactional
    public HistoryPage of(UUID recordId, String limit, String cursor) {
        PageRequest page = PageRequest.of(limit, null);
        return page(changes.ofRoot(recordId, before(cursor), page.limit() + 1), page.limit());
    }

    /** Every change to an organization's records; the caller checked that its admin asks. */
    @Transactional
    public HistoryPage ofOrganization(UUID organizationId, String limit, String cursor) {
        PageRequest page = PageRequest.of(limit, null);
        return page(changes.ofOrganization(organizationId, before(cursor), page.limit() + 1), page.limit());
    }

    private HistoryPage page(List<ChangeRow> rows, int limit) {
        boolean more = rows.size() > limit;
        List<ChangeRow> items = more ? rows.subList(0, limit) : rows;
        String next = more ? encode(items.getLast().position().sequence()) : null;
        return new HistoryPage(items.stream().map(this::toView).toList(), next);
    }

    private HistoryEntryView toView(ChangeRow row) {
        return new HistoryEntryView(
                row.resourceType(),
                row.recordId(),
                row.operation(),
                row.changedAt(),
                row.actor(),
                row.requestId(),
                fieldChanges(row.changes()));
    }

    private List<HistoryEntryView.FieldChange> fieldChanges(String changes) {
        List<HistoryEntryView.FieldChange> fields = new ArrayList<>();
        if (changes == null) {
            return fields;
        }
        try {
            Iterator<Map.Entry<String, JsonNode>> entries =
                    json.readTree(changes).fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                fields.add(new HistoryEntryView.FieldChange(
                        camelCase(entry.getKey()),
                        entry.getValue().get("before"),
                        entry.getValue().get("after")));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change record holds invalid JSON", e);
        }
        fields.sort((a, b) -> a.field().compareTo(b.field()));
        return fields;
    }

    /** Column names as the API names fields: {@code decided_on} → {@code decidedOn}. */
    static String camelCase(String column) {
        StringBuilder name = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private static String encode(long sequence) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("h1:" + sequence).getBytes(StandardCharsets.UTF_8));
    }

    private static long before(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Long.MAX_VALUE;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (raw.startsWith("h1:")) {
                return Long.parseLong(raw.substring(3));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiException.invalid("cursor", "is not a cursor this API returned");
    }
}
