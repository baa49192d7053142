package io.coo4j.samples.cli;

import io.coo4j.rules.OriginCriteria;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --criteria FILE}: origin-criteria lists of the user's own, over the built-in table. */
final class CriteriaOptions {
    @Option(names = "--criteria", paramLabel = "FILE",
            description = "Origin-criteria lists in the format of coo4j's criteria.json; each type listed replaces the built-in list.")
    Path criteria;

    OriginCriteria table() {
        return criteria == null ? OriginCriteria.defaults() : OriginCriteria.defaults().withOverrides(criteria);
    }
}
