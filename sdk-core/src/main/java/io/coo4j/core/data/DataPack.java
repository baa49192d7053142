package io.coo4j.core.data;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.internal.HsCsvLoader;
import io.coo4j.core.hs.HsNomenclature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tariff tables published by others, read from a folder the user names (数据包): the Java API,
 * {@code coo --data DIR}, or the environment variable {@code COO4J_DATA}. The folder has the layout of
 * coo4j's data README ({@code hs2022/harmonized-system.csv}, …); each table is optional, and a check
 * that needs a missing table reports "not checked", never "passed".
 *
 * <p>Loading validates every row: a bad row fails the whole load with file, line and column, so a pack is
 * either loaded whole or not at all. The result is immutable and shared between threads.
 *
 * @since 0.1
 */
public final class DataPack {
    /** The environment variable naming the data folder. */
    public static final String ENVIRONMENT_VARIABLE = "COO4J_DATA";
    /** The nomenclature file inside a pack. */
    public static final String HS2022_FILE = "hs2022/harmonized-system.csv";

    private static final DataPack EMPTY = new DataPack(null, null);

    private final Path folder;
    private final HsNomenclature hs;

    private DataPack(Path folder, HsNomenclature hs) {
        this.folder = folder;
        this.hs = hs;
    }

    /** A pack with no tables: every table-backed check reports "not checked". */
    public static DataPack empty() {
        return EMPTY;
    }

    /**
     * Loads the tables present in {@code folder}.
     *
     * @throws InvalidInputException when the folder does not exist or a table in it is malformed
     */
    public static DataPack load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(folder.toString(), "", "data folder does not exist or is not a folder");
        }
        Path hsFile = folder.resolve(HS2022_FILE);
        HsNomenclature hs = Files.exists(hsFile) ? HsCsvLoader.load(hsFile, "HS2022") : null;
        return new DataPack(folder, hs);
    }

    /** The pack named by {@code COO4J_DATA}, or the empty pack when the variable is not set. */
    public static DataPack fromEnvironment() {
        String dir = System.getenv(ENVIRONMENT_VARIABLE);
        return dir == null || dir.isBlank() ? EMPTY : load(Path.of(dir));
    }

    /** The folder it was loaded from; empty for the empty pack. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** The HS 2022 nomenclature, when the pack has one. */
    public Optional<HsNomenclature> hsNomenclature() {
        return Optional.ofNullable(hs);
    }
}
