package io.coo4j.core;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Input from outside (a JSON document, a reference-data override, a data-pack file) that cannot be
 * read as what it claims to be. The message names the source, the place inside it and the problem,
 * so it can be shown to a user as it is.
 *
 * @since 0.1
 */
public class InvalidInputException extends CooException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String location;
    private final String problem;

    /**
     * Bad input at {@code location} of {@code source}; the message names all three.
     *
     * @param source   what was read: a file name, or a word such as {@code "input"}
     * @param location where inside it: a JSON path ({@code goods[3].hsCode}) or {@code line 12, column 3}; may be empty
     * @param problem  what is wrong, in one sentence
     */
    public InvalidInputException(String source, @Nullable String location, String problem) {
        this(source, location, problem, null);
    }

    /** As {@link #InvalidInputException(String, String, String)}, caused by {@code cause} (e.g. the parser's exception). */
    public InvalidInputException(String source, @Nullable String location, String problem, @Nullable Throwable cause) {
        super(format(source, location, problem), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.location = location == null ? "" : location;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /**
     * {@code value}, or this exception when it is null: a null argument is bad input like any other, and is
     * reported the same way rather than as a {@link NullPointerException} from deep inside.
     *
     * @param value    the argument
     * @param source   what was called, e.g. {@code CertificateValidator.validate}
     * @param argument the argument's name
     * @param <T>      the argument's type
     * @return {@code value}
     * @throws InvalidInputException naming {@code source} and {@code argument} when {@code value} is null
     */
    public static <T> T requireArgument(@Nullable T value, String source, String argument) {
        if (value == null) {
            throw new InvalidInputException(source, argument, "required, found null");
        }
        return value;
    }

    /**
     * An unmodifiable copy of {@code list}, or this exception when the list or one of its elements is null (where
     * {@link List#copyOf} would throw a {@link NullPointerException} that names nothing).
     *
     * @param list     the argument
     * @param source   what was called or built, e.g. {@code validation report}
     * @param argument the argument's name
     * @param <T>      the element type
     * @return the copy
     * @throws InvalidInputException naming {@code source}, {@code argument} and the index of a null element
     */
    public static <T> List<T> requireList(@Nullable List<T> list, String source, String argument) {
        List<T> given = requireArgument(list, source, argument);
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                throw new InvalidInputException(source, argument + "[" + i + "]", "null");
            }
        }
        return List.copyOf(given);
    }

    private static String format(String source, @Nullable String location, String problem) {
        return location == null || location.isEmpty()
                ? source + ": " + problem
                : source + ": " + location + ": " + problem;
    }

    /** What was read: a file name, or a word such as {@code "input"}. */
    public String source() {
        return source;
    }

    /** The JSON path or line/column inside the source; empty when the whole input is meant. */
    public String location() {
        return location;
    }

    /** What is wrong, in one sentence. */
    public String problem() {
        return problem;
    }
}
