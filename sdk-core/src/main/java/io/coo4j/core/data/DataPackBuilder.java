package io.coo4j.core.data;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.internal.PackBuild;
import io.coo4j.core.data.internal.PackSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a data pack (数据包) from the publishers' own files, each read in its own format, into the layout
 * {@link DataPack#load(Path)} reads, with a manifest ({@link PackManifest}, {@code pack.json}):
 * <ul>
 *   <li>{@link #hs(Path)}: the HS 2022 nomenclature CSV of the {@code datasets/harmonized-system} repository (UN
 *       Comtrade), copied as published;</li>
 *   <li>{@link #annex(String, Path)}: a product-specific rules annex (产品特定原产地规则) in the customs JSON layout (the GACC
 *       attachment as the customs_spider scrape converted it), for an agreement whose annex coo4j knows
 *       ({@link #annexAgreements()}): codes stored as numbers get their leading zeros back, captions the upstream
 *       conversion filled from the row above are left out or flagged;</li>
 *   <li>{@link #correlation(Path)}: a UNSD HS correlation workbook ({@code .xlsx} or {@code .xls}), read through a
 *       {@link WorkbookReader} (sdk-excel's, found on the class path, or {@link #workbookReader(WorkbookReader)});</li>
 *   <li>{@link #districts(Path)} and {@link #districtOverrides(Path)}: the customs districts (关区) JSON of the Single
 *       Window integrations, copied as published.</li>
 *   <li>{@link #tariffs(String, Path)}: an agreement's tariff schedules (协定税率) the user copied into the pack's CSV
 *       layout ({@link TariffSchedule}), copied once every row loads.</li>
 * </ul>
 * From the files coo4j was tested on the pack is byte for byte the one its tests use. Every row is checked as
 * {@code DataPack.load} checks it, and a problem names the source file, its row and column. The pack is written into a
 * temporary folder beside the target and moved into place only when complete: a failed build leaves nothing behind.
 * Not thread-safe; a builder builds once or more from the same files.
 *
 * @since 0.1
 */
public final class DataPackBuilder {
    private Path hs;
    private final Map<String, Path> annexes = new LinkedHashMap<>();
    private final List<Path> correlations = new ArrayList<>();
    private Path districts;
    private Path districtOverrides;
    private WorkbookReader workbookReader;
    private final Map<String, Path> tariffs = new LinkedHashMap<>();

    /** Made by {@link DataPack#builder()}. */
    DataPackBuilder() {
    }

    /** The agreements (two-digit codes) whose annexes {@link #annex(String, Path)} converts, in coo4j's order. */
    public static List<String> annexAgreements() {
        return PackSources.annexAgreements();
    }

    /** The HS 2022 nomenclature: {@code harmonized-system.csv} ({@code section,hscode,description,parent,level}). */
    public DataPackBuilder hs(Path file) {
        this.hs = InvalidInputException.requireArgument(file, "DataPackBuilder.hs", "file");
        return this;
    }

    /**
     * The product-specific rules annex of {@code agreement} in the customs JSON layout. Annexes go into the pack's
     * index in the order they are added.
     *
     * @throws InvalidInputException when coo4j does not know the agreement's annex, or it was added already
     */
    public DataPackBuilder annex(String agreement, Path file) {
        InvalidInputException.requireArgument(agreement, "DataPackBuilder.annex", "agreement");
        InvalidInputException.requireArgument(file, "DataPackBuilder.annex", "file");
        if (PackSources.annex(agreement).isEmpty()) {
            throw new InvalidInputException("agreement " + agreement, "", "coo4j converts the annexes of agreements "
                    + String.join(", ", annexAgreements()) + " only: it knows how their publications are laid out");
        }
        if (annexes.putIfAbsent(agreement, file) != null) {
            throw new InvalidInputException("agreement " + agreement, "", "two annexes given: " + annexes.get(agreement)
                    + " and " + file);
        }
        return this;
    }

    /** A UNSD correlation workbook; tables go into the pack's index in the order they are added. */
    public DataPackBuilder correlation(Path workbook) {
        correlations.add(InvalidInputException.requireArgument(workbook, "DataPackBuilder.correlation", "workbook"));
        return this;
    }

    /** The customs districts: {@code customs_coo_issuing_authorities.json}. */
    public DataPackBuilder districts(Path file) {
        this.districts = InvalidInputException.requireArgument(file, "DataPackBuilder.districts", "file");
        return this;
    }

    /** The English addresses replacing some of the districts': {@code customs_coo_issuing_authorities.address_overrides.json}. */
    public DataPackBuilder districtOverrides(Path file) {
        this.districtOverrides = InvalidInputException.requireArgument(file, "DataPackBuilder.districtOverrides", "file");
        return this;
    }

    /**
     * An agreement's tariff schedules: a CSV of the pack's layout ({@code importing_country,hs_code,year,rate,citation},
     * docs/data-packs.md), written as {@code tariffs/<agreement>.csv}. coo4j ships no rates; the file is the user's.
     *
     * @throws InvalidInputException when {@code agreement} is not two digits, or its schedules were added already
     */
    public DataPackBuilder tariffs(String agreement, Path file) {
        InvalidInputException.requireArgument(agreement, "DataPackBuilder.tariffs", "agreement");
        InvalidInputException.requireArgument(file, "DataPackBuilder.tariffs", "file");
        if (!agreement.matches("\\d{2}")) {
            throw new InvalidInputException("agreement " + agreement, "", "expected the agreement's two-digit code (19)");
        }
        if (tariffs.putIfAbsent(agreement, file) != null) {
            throw new InvalidInputException("agreement " + agreement, "", "two tariff schedules given: "
                    + tariffs.get(agreement) + " and " + file + " (one file holds every importing party's lines)");
        }
        return this;
    }

    /** Reads the correlation workbooks with {@code reader} instead of the one found on the class path. */
    public DataPackBuilder workbookReader(WorkbookReader reader) {
        this.workbookReader = InvalidInputException.requireArgument(reader, "DataPackBuilder.workbookReader", "reader");
        return this;
    }

    /**
     * Builds the pack into {@code out}, a folder that does not exist yet or is empty.
     *
     * @return the manifest written as {@code out/pack.json}
     * @throws InvalidInputException naming the source file, row and column when a source is not what it claims to be,
     *                               or naming {@code out} when it holds files; nothing is left behind
     */
    public PackManifest build(Path out) {
        InvalidInputException.requireArgument(out, "DataPackBuilder.build", "out");
        if (hs == null && annexes.isEmpty() && correlations.isEmpty() && districts == null && tariffs.isEmpty()) {
            throw new InvalidInputException(out.toString(), "", "nothing to build: name at least one source (HS, annex,"
                    + " correlation workbook, districts or tariff schedule)");
        }
        if (districtOverrides != null && districts == null) {
            throw new InvalidInputException(districtOverrides.toString(), "", "address overrides need the districts file"
                    + " they override");
        }
        return new PackBuild(hs, annexes, correlations, districts, districtOverrides, workbookReader, tariffs).build(out);
    }
}
