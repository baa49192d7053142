package io.coo4j.core.data;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.internal.CsvReader;
import io.coo4j.core.data.internal.DistrictsLoader;
import io.coo4j.core.data.internal.HsCorrelationLoader;
import io.coo4j.core.data.internal.HsCsvLoader;
import io.coo4j.core.data.internal.PsrLoader;
import io.coo4j.core.data.internal.TariffLoader;
import io.coo4j.core.hs.HsNomenclature;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tariff tables published by others, read from a folder the user names (数据包): {@link #load(Path)}, or
 * {@link #fromEnvironment()} for the folder the environment variable {@code COO4J_DATA} names. No validator reads the
 * variable on its own; the folder has the layout of
 * coo4j's data README ({@link DataPackBuilder} writes it from the publishers' files); each table is optional:
 * <ul>
 *   <li>{@code hs2022/harmonized-system.csv}: the HS 2022 nomenclature;</li>
 *   <li>{@code psr/index.csv} and the {@code psr/<folder>/psr.csv} it lists: product-specific rules annexes, each
 *       declaring its agreement and HS version;</li>
 *   <li>{@code customs/customs_coo_issuing_authorities.json} (and its {@code .address_overrides.json}): the customs
 *       districts that issue and collect certificates;</li>
 *   <li>{@code hs-correlation/index.csv} and the tables it lists: UNSD's correlation between HS editions
 *       ({@link HsCorrelation}).</li>
 *   <li>{@code tariffs/<agreement>.csv}: the agreements' tariff schedules (协定税率) the user supplies
 *       ({@link TariffSchedule}, queried by {@link TariffRates}).</li>
 *   <li>{@code pack.json}: the manifest {@link DataPackBuilder} writes ({@link PackManifest}): each table's source, HS
 *       edition, rows and SHA-256.</li>
 * </ul>
 * A check that needs a missing table reports "not checked", never "passed".
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
    /** The index of product-specific rules annexes inside a pack. */
    public static final String PSR_INDEX_FILE = PsrLoader.INDEX;
    /** The customs districts file inside a pack. */
    public static final String CUSTOMS_DISTRICTS_FILE = DistrictsLoader.FILE;
    /** The index of HS correlation tables inside a pack. */
    public static final String HS_CORRELATION_INDEX_FILE = HsCorrelationLoader.INDEX;
    /** The folder of tariff schedules inside a pack, one {@code <agreement>.csv} each. */
    public static final String TARIFFS_FOLDER = TariffLoader.FOLDER;

    private static final DataPack EMPTY = new DataPack(null, null, Map.of(), null, null, null, Map.of());

    private final Path folder;
    private final HsNomenclature hs;
    private final Map<String, PsrTable> psr;
    private final CustomsDistricts districts;
    private final HsCorrelation correlation;
    private final PackManifest manifest;
    private final Map<String, TariffSchedule> tariffs;

    private DataPack(Path folder, HsNomenclature hs, Map<String, PsrTable> psr, CustomsDistricts districts,
                     HsCorrelation correlation, PackManifest manifest, Map<String, TariffSchedule> tariffs) {
        this.folder = folder;
        this.hs = hs;
        this.psr = psr;
        this.districts = districts;
        this.correlation = correlation;
        this.manifest = manifest;
        this.tariffs = tariffs;
    }

    /** A pack with no tables: every table-backed check reports "not checked". */
    public static DataPack empty() {
        return EMPTY;
    }

    /**
     * Loads the tables present in {@code folder}, and its manifest ({@code pack.json}) when it has one.
     *
     * @throws InvalidInputException when the folder is {@code null} or does not exist, a table in it is malformed, or
     *                               its manifest is malformed or lists a file the folder lacks (an incomplete copy of a
     *                               pack)
     */
    public static DataPack load(Path folder) {
        InvalidInputException.requireArgument(folder, "DataPack.load", "folder");
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(folder.toString(), "", "data folder does not exist or is not a folder");
        }
        PackManifest manifest = PackManifest.read(folder).orElse(null);
        if (manifest != null) {
            for (int i = 0; i < manifest.tables().size(); i++) {
                String file = manifest.tables().get(i).file();
                if (!CsvReader.present(folder.resolve(file))) {
                    throw new InvalidInputException(folder.resolve(PackManifest.FILE).toString(), "tables[" + i + "].file",
                            "lists " + file + ", which the pack lacks: the pack is incomplete");
                }
            }
        }
        Path hsFile = folder.resolve(HS2022_FILE);
        HsNomenclature hs = CsvReader.present(hsFile) ? HsCsvLoader.load(hsFile, "HS2022") : null;
        Map<String, PsrTable> psr = CsvReader.present(folder.resolve(PSR_INDEX_FILE)) ? Collections.unmodifiableMap(PsrLoader.load(folder)) : Map.of();
        CustomsDistricts districts = CsvReader.present(folder.resolve(CUSTOMS_DISTRICTS_FILE)) ? DistrictsLoader.load(folder) : null;
        HsCorrelation correlation = CsvReader.present(folder.resolve(HS_CORRELATION_INDEX_FILE))
                ? HsCorrelationLoader.load(folder) : null;
        Map<String, TariffSchedule> tariffs = CsvReader.present(folder.resolve(TARIFFS_FOLDER))
                ? Collections.unmodifiableMap(TariffLoader.load(folder)) : Map.of();
        return new DataPack(folder, hs, psr, districts, correlation, manifest, tariffs);
    }

    /** A builder that writes a pack from the publishers' own files ({@link DataPackBuilder}), with no sources yet. */
    public static DataPackBuilder builder() {
        return new DataPackBuilder();
    }

    /**
     * The pack named by {@code COO4J_DATA}, or the empty pack when the variable is not set or blank.
     *
     * @throws InvalidInputException naming {@code COO4J_DATA} when it names no folder, or naming the file when a table
     *                               in the folder is malformed
     */
    public static DataPack fromEnvironment() {
        return fromVariable(System.getenv(ENVIRONMENT_VARIABLE));
    }

    /** {@link #fromEnvironment()} for the variable's {@code value}: tests cannot set the process environment. */
    static DataPack fromVariable(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return EMPTY;
        }
        Path folder;
        try {
            folder = Path.of(value.strip());
        } catch (InvalidPathException e) {
            throw new InvalidInputException(ENVIRONMENT_VARIABLE, "", "\"" + value + "\" is not a path: " + e.getReason(), e);
        }
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(ENVIRONMENT_VARIABLE, "", "names " + folder.toAbsolutePath()
                    + ", which does not exist or is not a folder");
        }
        return load(folder);
    }

    /** The folder it was loaded from; empty for the empty pack. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** The HS 2022 nomenclature, when the pack has one. */
    public Optional<HsNomenclature> hsNomenclature() {
        return Optional.ofNullable(hs);
    }

    /** The product-specific rules annex of an agreement (its two-digit code, docs/domain.md), when the pack has one. */
    public Optional<PsrTable> psrTable(String agreement) {
        InvalidInputException.requireArgument(agreement, "DataPack.psrTable", "agreement");
        return Optional.ofNullable(psr.get(agreement));
    }

    /** Every product-specific rules annex of the pack, by agreement code. */
    public Map<String, PsrTable> psrTables() {
        return psr;
    }

    /** The correlation between HS editions, when the pack has it. */
    public Optional<HsCorrelation> hsCorrelation() {
        return Optional.ofNullable(correlation);
    }

    /**
     * The pack's manifest: what each table is, where it comes from, its HS edition, rows and SHA-256; empty for a pack
     * without {@code pack.json} (laid out by hand) and for the empty pack.
     */
    public Optional<PackManifest> manifest() {
        return Optional.ofNullable(manifest);
    }

    /** The customs districts, when the pack has them. */
    public Optional<CustomsDistricts> customsDistricts() {
        return Optional.ofNullable(districts);
    }

    /**
     * The tariff schedules of an agreement (its two-digit code), when the pack has {@code tariffs/<agreement>.csv}; the
     * query is {@link TariffRates}.
     */
    public Optional<TariffSchedule> tariffSchedule(String agreement) {
        InvalidInputException.requireArgument(agreement, "DataPack.tariffSchedule", "agreement");
        return Optional.ofNullable(tariffs.get(agreement));
    }

    /** Every tariff schedule of the pack, by agreement code. */
    public Map<String, TariffSchedule> tariffSchedules() {
        return tariffs;
    }
}
