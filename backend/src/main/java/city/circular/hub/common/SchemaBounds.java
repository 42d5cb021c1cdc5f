package city.circular.hub.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Bounds that hold for every string of a kind, written into the contract where a field does not state its own:
 * a UUID, date or date-time has the length of its format; a string held to a pattern of character classes is as
 * long as the pattern's longest match; every other string is text as {@link Text#isStorable} accepts it, which
 * {@link StrictJson} enforces on every field. A parameter documented by its format or pattern alone gets its type.
 */
final class SchemaBounds {

    /** {@link Text#isStorable}: no C0 controls but tab, line feed and carriage return, no U+FFFE or U+FFFF. */
    static final String STORABLE_TEXT = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]*$";

    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of(
            "uuid", 36,
            "date", 10,
            // 2200-12-31T23:59:59.999999999+14:00
            "date-time", 35);

    /** A pattern made only of character classes, each once or with a {n} or {m,n} quantifier. */
    private static final Pattern CLASS_SEQUENCE =
            Pattern.compile("\\^?((?:\\[[^\\]]+\\](?:\\{\\d+(?:,\\d+)?\\})?)+)\\$?");

    private static final Pattern CLASS = Pattern.compile("\\[[^\\]]+\\](?:\\{(\\d+)(?:,(\\d+))?\\})?");

    private SchemaBounds() {}

    static void apply(OpenAPI openAPI) {
        List<Schema> roots = new ArrayList<>();
        if (openAPI.getComponents().getSchemas() != null) {
            roots.addAll(openAPI.getComponents().getSchemas().values());
        }
        if (openAPI.getComponents().getHeaders() != null) {
            openAPI.getComponents().getHeaders().values().forEach(h -> roots.add(h.getSchema()));
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(item -> item.getOperations().values().forEach(operation -> {
                        if (operation.getParameters() != null) {
                            operation.getParameters().forEach(p -> {
                                if (p.getSchema() != null) {
                                    typeUntypedParameter(p.getSchema());
                                    roots.add(p.getSchema());
                                }
                            });
                        }
                        if (operation.getRequestBody() != null) {
                            addContent(roots, operation.getRequestBody().getContent());
                        }
                        if (operation.getResponses() != null) {
                            operation.getResponses().getAPIResponses().values().forEach(r -> {
                                addContent(roots, r.getContent());
                                if (r.getHeaders() != null) {
                                    r.getHeaders().values().forEach(h -> roots.add(h.getSchema()));
                                }
                            });
                        }
                    }));
        }
        roots.forEach(SchemaBounds::bound);
    }

    private static void addContent(List<Schema> roots, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> {
                if (media.getSchema() != null) {
                    roots.add(media.getSchema());
                }
            });
        }
    }

    private static void typeUntypedParameter(Schema schema) {
        if (schema.getRef() == null
                && (schema.getType() == null || schema.getType().isEmpty())
                && (schema.getFormat() != null || schema.getPattern() != null || schema.getEnumeration() != null)) {
            schema.addType(Schema.SchemaType.STRING);
        }
        if (isOf(schema, Schema.SchemaType.INTEGER) && schema.getFormat() == null) {
            schema.format("int32");
        }
    }

    private static void bound(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (isOf(schema, Schema.SchemaType.STRING)
                && schema.getEnumeration() == null
                && schema.getConstValue() == null) {
            if (schema.getMaxLength() == null && schema.getFormat() != null) {
                schema.maxLength(FORMAT_LENGTHS.get(schema.getFormat()));
            }
            if (schema.getMaxLength() == null && schema.getPattern() != null) {
                schema.maxLength(longestMatch(schema.getPattern()));
            }
            if (schema.getFormat() == null && schema.getPattern() == null) {
                schema.pattern(STORABLE_TEXT);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(SchemaBounds::bound);
        }
        bound(schema.getItems());
        bound(schema.getAdditionalPropertiesSchema());
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(Objects::nonNull)
                .forEach(parts -> parts.forEach(SchemaBounds::bound));
    }

    /** The longest string a pattern of character classes matches, or null when the pattern is of another kind. */
    static Integer longestMatch(String pattern) {
        Matcher whole = CLASS_SEQUENCE.matcher(pattern);
        if (!whole.matches()) {
            return null;
        }
        int length = 0;
        Matcher part = CLASS.matcher(whole.group(1));
        while (part.find()) {
            String upper = part.group(2) != null ? part.group(2) : part.group(1);
            length += upper == null ? 1 : Integer.parseInt(upper);
        }
        return length;
    }

    private static boolean isOf(Schema schema, Schema.SchemaType type) {
        return schema.getType() != null && schema.getType().contains(type);
    }
}
