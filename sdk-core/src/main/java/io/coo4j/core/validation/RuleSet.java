package io.coo4j.core.validation;

import java.util.List;

/**
 * A group of rules a module contributes to the catalogue, with the bundle holding their messages. sdk-core's own set
 * is always there; other modules' sets are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.coo4j.core.validation.RuleSet}).
 *
 * @since 0.1
 */
public interface RuleSet {
    /**
     * A short name for the catalogue's heading.
     *
     * @return e.g. {@code "Field checks (sdk-core)"}
     */
    String title();

    /**
     * The rules of this set.
     *
     * @return every rule, in the order the catalogue lists them
     */
    List<? extends Rule> rules();

    /**
     * The base name of the bundle with this set's messages, read through this set's class: {@code io.coo4j.rules.messages}
     * stands for {@code io/coo4j/rules/messages.properties} (English) and {@code messages_zh.properties} (Chinese), UTF-8,
     * keys {@code io.coo4j.<CODE>}. A name of the module's own keeps the bundle intact when jars are merged.
     *
     * @return the bundle's base name, dot-separated
     */
    String messageBundle();
}
