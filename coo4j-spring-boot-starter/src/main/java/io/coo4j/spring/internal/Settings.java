package io.coo4j.spring.internal;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns the SDK's complaints about a value into start-up failures that name the {@code coo4j.*} property, so an
 * operator reads {@code configuration: coo4j.client.endpoint: not an http(s) URL: …}, not a builder's field name.
 */
public final class Settings {
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private Settings() {
    }

    /** A failure of the setting {@code property}: what the rule is, in one sentence. */
    public static InvalidInputException invalid(String property, String problem) {
        return new InvalidInputException("configuration", property, problem);
    }

    /**
     * Builds something from the settings under {@code prefix}; an {@link InvalidInputException} naming a builder field
     * ({@code readTimeout}) is rethrown naming the property ({@code prefix + "read-timeout"}), and another failure names
     * {@code fallback}, the property whose value was being used.
     */
    public static <T> T build(String prefix, String fallback, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (InvalidInputException e) {
            String field = e.location().isEmpty() ? fallback : prefix + kebab(e.location());
            throw new InvalidInputException("configuration", field, e.problem(), e);
        } catch (CooException | IllegalArgumentException e) {
            throw new InvalidInputException("configuration", fallback, e.getMessage(), e);
        }
    }

    private static String kebab(String field) {
        return CAMEL.matcher(field).replaceAll("-").toLowerCase(Locale.ROOT);
    }
}
