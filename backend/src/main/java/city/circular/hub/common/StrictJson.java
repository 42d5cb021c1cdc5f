package city.circular.hub.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;

/**
 * Request bodies are read as written, never guessed: a duplicate key, trailing content, a number for an enum or a
 * string, a string or number for a boolean, a decimal for an integer, or a blank UUID or date is a 400 naming the
 * field. Text with characters the database or the exports cannot hold and dates outside {@link Bounds} are a 422
 * naming the field. One place for every body of every resource.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.setDefaultLeniency(false);
        mapper.coercionConfigDefaults()
                .setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                // "" is a string like any other; the mappers decide that blank text means no value.
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsEmpty);
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("storable-values").setDeserializerModifier(new StorableValues()));
    }

    /** A value of the right type that the API still does not store; answered with 422 and the field's path. */
    public static final class UnstorableValue extends JsonMappingException {

        UnstorableValue(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    /**
     * Arrays longer than their {@code @Size(max)} (else than {@link #MAX_ITEMS}) are refused as soon as they are
     * read, before bean validation would look at each element and list an error for each.
     */
    public static final int MAX_ITEMS = 1000;

    public static final class TooManyItems extends JsonMappingException {

        /** The list is marked {@link ManyRecords}: the request is too large rather than invalid. */
        public final boolean tooLarge;

        TooManyItems(JsonParser parser, String message, boolean tooLarge) {
            super(parser, message);
            this.tooLarge = tooLarge;
        }
    }

    /** Wraps the deserializers of text and dates with the checks of {@link Text} and {@link Bounds}. */
    private static final class StorableValues extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == String.class
                    || type == LocalDate.class
                    || type == Instant.class
                    || type == OffsetDateTime.class) {
                return new Checked(deserializer);
            }
            return deserializer;
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(
                DeserializationConfig config,
                CollectionType type,
                BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return new Counted(deserializer, MAX_ITEMS);
        }
    }

    private static final class Counted extends DelegatingDeserializer {

        private final int maxItems;
        private final boolean manyRecords;

        Counted(JsonDeserializer<?> delegate, int maxItems) {
            this(delegate, maxItems, false);
        }

        Counted(JsonDeserializer<?> delegate, int maxItems, boolean manyRecords) {
            super(delegate);
            this.maxItems = maxItems;
            this.manyRecords = manyRecords;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Counted(delegate, maxItems, manyRecords);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = super.createContextual(context, property);
            Size size = property == null ? null : property.getAnnotation(Size.class);
            return size == null || !(contextual instanceof Counted counted)
                    ? contextual
                    : new Counted(
                            counted.getDelegatee(),
                            Math.min(size.max(), MAX_ITEMS),
                            property.getAnnotation(ManyRecords.class) != null);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof Collection<?> items && items.size() > maxItems) {
                throw new TooManyItems(parser, "must have at most " + maxItems + " items", manyRecords);
            }
            return value;
        }
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            String problem = switch (value) {
                case String text when !Text.isStorable(text) -> Text.UNSTORABLE;
                case LocalDate date when !Bounds.isSaneDate(date) -> "must be " + Bounds.DATES;
                case Instant instant when !Bounds.isSaneInstant(instant) -> "must be " + Bounds.DATES;
                case OffsetDateTime time when !Bounds.isSaneInstant(time.toInstant()) -> "must be " + Bounds.DATES;
                case null, default -> null;
            };
            if (problem != null) {
                throw new UnstorableValue(parser, problem);
            }
            return value;
        }
    }
}
