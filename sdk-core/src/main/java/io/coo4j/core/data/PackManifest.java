package io.coo4j.core.data;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.internal.PackManifests;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The manifest of a data pack ({@code pack.json}, 数据包清单), written by {@link DataPackBuilder}: for each file of the
 * pack, what table it is, the HS edition it is written in, its row count and SHA-256, and the publisher's file it was
 * converted from. {@link DataPack#load(java.nio.file.Path)} reads it when present ({@link DataPack#manifest()});
 * {@link #verify(Path)} checks a pack's files against it. Immutable.
 *
 * @param format the manifest format, {@link #FORMAT}
 * @param tables the pack's files, in the order they were written; {@code null} reads as none
 * @since 0.1
 */
public record PackManifest(int format, List<Table> tables) {
    /** The manifest file inside a pack. */
    public static final String FILE = "pack.json";
    /** The format version this coo4j writes and reads. */
    public static final int FORMAT = 1;

    /** Copies the tables; {@code null} reads as none. */
    public PackManifest(int format, @Nullable List<Table> tables) {
        // Not compact: the parameter may be null, the component never is.
        tables = tables == null ? List.of() : List.copyOf(tables);
        this.format = format;
        this.tables = tables;
    }

    /**
     * One file of the pack.
     *
     * @param file        its path inside the pack, with {@code /} ({@code psr/china-korea/psr.csv})
     * @param kind        what table it is: {@code hs-nomenclature}, {@code psr-index}, {@code psr-annex},
     *                    {@code hs-correlation-index}, {@code hs-correlation}, {@code customs-districts} or
     *                    {@code customs-district-overrides}
     * @param description the table in words, e.g. "product-specific rules annex of agreement 19 (China–Korea FTA)"
     * @param hsEdition   the HS edition its codes are in ({@code HS2012}, {@code HS2007+HS2012} for a transposition
     *                    table, {@code HS2022+HS2017} for a correlation); null for a table without HS codes
     * @param rows        its data rows (CSV records after the header; entries of a districts file)
     * @param sha256      SHA-256 of the file, 64 lower-case hex digits
     * @param source      the publisher's file it was converted from; null for an index coo4j writes
     * @param notes       what the conversion left out or flagged, in words (caption rows dropped, rows flagged);
     *                    {@code null} reads as none
     */
    public record Table(String file, String kind, String description, @Nullable String hsEdition, int rows, String sha256,
                        @Nullable Source source, List<String> notes) {
        /** Copies the notes; {@code null} reads as none. */
        public Table {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /**
     * Where a table comes from: who publishes it, the file, and where and when it was obtained, as far as coo4j knows
     * the file (it recognises the published files it was tested on by their SHA-256).
     *
     * @param publisher  who publishes the table, and through whom it was obtained
     * @param file       the file's name as published
     * @param repository the public repository the file was taken from ({@code owner/name}); null when none is known
     * @param commit     the repository's commit; null when not known
     * @param path       the file's path in the repository; null when not known
     * @param url        where the original publisher publishes it; null when not known
     * @param date       the date of the publication or of the commit ({@code 2024-12-09}); null when not known
     * @param sha256     SHA-256 of the file that was converted
     */
    public record Source(String publisher, String file, @Nullable String repository, @Nullable String commit,
                         @Nullable String path, @Nullable String url, @Nullable String date, String sha256) {
    }

    /** The table written to {@code file} (a path inside the pack, with {@code /}), if the manifest lists it. */
    public Optional<Table> table(String file) {
        InvalidInputException.requireArgument(file, "PackManifest.table", "file");
        return tables.stream().filter(t -> t.file().equals(file)).findFirst();
    }

    /**
     * Reads the manifest of the pack in {@code folder}; empty when the pack has none.
     *
     * @throws InvalidInputException naming {@code pack.json} and the field when it is malformed, of another format, or
     *                               lists a file twice or outside the pack
     */
    public static Optional<PackManifest> read(Path folder) {
        return PackManifests.read(InvalidInputException.requireArgument(folder, "PackManifest.read", "folder"));
    }

    /**
     * Checks the files of the pack in {@code folder} against this manifest: every listed file exists as a regular file
     * with the listed SHA-256 and row count, and the pack holds no file the manifest does not list. Rows are not
     * checked here: {@link DataPack#load(Path)} does that.
     *
     * @return one line per problem, naming the file; empty when the files are as listed
     */
    public List<String> verify(Path folder) {
        return PackManifests.verify(this, InvalidInputException.requireArgument(folder, "PackManifest.verify", "folder"));
    }
}
