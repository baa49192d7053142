package io.coo4j.core;

import java.util.Objects;

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
     * @param source   what was read: a file name, or a word such as {@code "input"}
     * @param location where inside it: a JSON path ({@code goods[3].hsCode}) or {@code line 12, column 3}; may be empty
     * @param problem  what is wrong, in one sentence
     */
    public InvalidInputException(String source, String location, String problem) {
        this(source, location, problem, null);
    }

    public InvalidInputException(String source, String location, String problem, Throwable cause) {
        super(format(source, location, problem), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.location = location == null ? "" : location;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String format(String source, String location, String problem) {
        return location == null || location.isEmpty()
                ? source + ": " + problem
                : source + ": " + location + ": " + problem;
    }

    public String source() {
        return source;
    }

    /** The JSON path or line/column inside the source; empty when the whole input is meant. */
    public String location() {
        return location;
    }

    public String problem() {
        return problem;
    }
}
