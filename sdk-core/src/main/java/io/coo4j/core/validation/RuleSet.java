package io.coo4j.core.validation;

import java.util.List;

/**
 * A group of rules a module contributes to the catalogue, found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.coo4j.core.validation.RuleSet}).
 */
public interface RuleSet {
    /** A short name for the catalogue's heading, e.g. {@code "Field checks (sdk-core)"}. */
    String title();

    List<? extends Rule> rules();
}
