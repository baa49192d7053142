package io.coo4j.core.data.internal;

import io.coo4j.core.CooException;
import io.coo4j.core.data.PackManifest;
import io.coo4j.core.json.CooJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * coo4j's own notes on the publishers' files ({@code pack-sources.json}): how each product-specific rules annex it
 * converts is laid out and damaged ({@link AnnexProfile}), and the published files it recognises by SHA-256
 * ({@link KnownSource}). Loaded once; immutable.
 */
public final class PackSources {
    private static final String RESOURCE = "/io/coo4j/core/data/pack-sources.json";
    private static final Catalogue CATALOGUE = load();

    /** What a row repeating an earlier row's subheading is, in an annex forward-filled by its conversion upstream. */
    public enum RepeatedSubheading {
        /** a caption (heading title, group line) that inherited the row above: left out */
        DROP,
        /** the heading's own row, whose subheading cell was filled from the row above: a heading row */
        HEADING,
        /** not expected in this annex: an error naming both rows */
        ERROR
    }

    /**
     * How to convert one agreement's annex: where it goes in the pack and what the index says of it, the HS version
     * its rows state, how its damage is read, whether rule texts are trimmed, and a flag for every row (a partial table).
     */
    public record AnnexProfile(String agreement, String folder, String label, String name, String hsVersion,
                               String hsVersionBasis, String completeness, String rowHsVersion, String repeatedSubheading,
                               String ruleText, String rowFlag, String note) {
        public RepeatedSubheading repeated() {
            return RepeatedSubheading.valueOf(repeatedSubheading.toUpperCase(java.util.Locale.ROOT));
        }

        /** Whether rule texts are kept exactly as the source cell holds them, surrounding spaces included. */
        public boolean ruleTextAsPublished() {
            return ruleText.equals("as-published");
        }

        /** The HS version written on each row: the index's, or the words saying the source states none. */
        public String versionOnRows() {
            return rowHsVersion == null ? hsVersion : rowHsVersion;
        }
    }

    /** A published file coo4j recognises by its SHA-256, with where it was published and obtained. */
    public record KnownSource(String kind, String sha256, String file, String publisher, String repository, String commit,
                              String path, String url, String date) {
        /** The manifest's record of it. */
        public PackManifest.Source toSource() {
            return new PackManifest.Source(publisher, file, repository, commit, path, url, date, sha256);
        }

        /** {@code owner/repo@commit:path}: how a converted row names where it comes from; null without a repository. */
        public String reference() {
            return repository == null || commit == null || path == null ? null : repository + "@" + commit + ":" + path;
        }
    }

    /** The file's shape. */
    public record Catalogue(String description, List<AnnexProfile> annexes, List<KnownSource> sources) {
    }

    private PackSources() {
    }

    /** The profile of an agreement's annex. */
    public static Optional<AnnexProfile> annex(String agreement) {
        return CATALOGUE.annexes().stream().filter(a -> a.agreement().equals(agreement)).findFirst();
    }

    /** The agreements whose annexes coo4j converts, in the catalogue's order. */
    public static List<String> annexAgreements() {
        return CATALOGUE.annexes().stream().map(AnnexProfile::agreement).toList();
    }

    /** The published file of this kind with this SHA-256, if coo4j knows it. */
    public static Optional<KnownSource> known(String kind, String sha256) {
        return CATALOGUE.sources().stream().filter(s -> s.kind().equals(kind) && s.sha256().equals(sha256)).findFirst();
    }

    private static Catalogue load() {
        try (InputStream in = PackSources.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CooException("coo4j is incomplete: " + RESOURCE + " is missing from sdk-core");
            }
            return CooJson.strict().read(in.readAllBytes(), Catalogue.class, RESOURCE);
        } catch (IOException e) {
            throw new CooException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
