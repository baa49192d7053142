package io.coo4j.client.message.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The model fields the customs import message has no element for ({@code not-carried.json}), matched against
 * JSON paths: {@code goods[*].marks} matches {@code goods[3].marks}, and a path matches everything below it.
 * Immutable and thread-safe.
 */
public final class NotCarried {
    /** A row: the path, with {@code [*]} for any list index, and why the message does not carry it. */
    public record Field(String path, String reason) {
    }

    private static final class Holder {
        static final NotCarried INSTANCE = new NotCarried(MessageData.load("not-carried.json", Field.class));
    }

    private final MessageData.DataFile<Field> file;
    private final List<Pattern> patterns;

    private NotCarried(MessageData.DataFile<Field> file) {
        this.file = file;
        this.patterns = file.entries().stream()
                .map(f -> Pattern.compile(Pattern.quote(f.path()).replace("[*]", "\\E\\[\\d+\\]\\Q") + "([.\\[].*)?"))
                .toList();
    }

    public static NotCarried get() {
        return Holder.INSTANCE;
    }

    public boolean matches(String jsonPath) {
        return patterns.stream().anyMatch(p -> p.matcher(jsonPath).matches());
    }

    public List<Field> fields() {
        return file.entries();
    }
}
