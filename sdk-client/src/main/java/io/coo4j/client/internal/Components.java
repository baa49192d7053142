package io.coo4j.client.internal;

import io.coo4j.core.InvalidInputException;
import java.lang.reflect.RecordComponent;
import org.jspecify.annotations.Nullable;

/**
 * The one check of the client's result records: every component the type promises ({@code @Nullable} is the promise
 * that it may be absent) is present. The JSON reader builds a record through its constructor, so an answer of the
 * service that lacks such a field fails there, as the client's error for a malformed answer, naming the field.
 */
public final class Components {
    private Components() {
    }

    /**
     * Checks {@code values}, the components of a {@code type} record in declaration order: the first {@code null} one
     * not marked {@code @Nullable} is an {@link InvalidInputException} naming the record and the component.
     */
    public static void require(Class<? extends Record> type, @Nullable Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                RecordComponent c = type.getRecordComponents()[i]; // looked up only for a null: the rare case
                if (!c.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                    throw new InvalidInputException(type.getName().substring(type.getPackageName().length() + 1)
                            .replace('$', '.'), c.getName(), "required, found null");
                }
            }
        }
    }
}
