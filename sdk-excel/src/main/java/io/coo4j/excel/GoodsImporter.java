package io.coo4j.excel;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.entry.GoodsCatalogue;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.excel.internal.GoodsReader;
import io.coo4j.excel.internal.SheetSource;
import io.coo4j.excel.internal.WorkbookFiles;
import io.coo4j.rules.OriginCriteria;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads the goods lines (货物信息) of a certificate from an Excel file, as the Single Window's goods import does
 * (001 §1.1: download the template, copy the goods into it, upload it). {@code .xlsx} files are streamed; legacy
 * {@code .xls} files are read with POI. {@link #read(Path, String)} returns the lines of one certificate and stops
 * past {@link io.coo4j.core.model.Certificate#MAX_GOODS_LINES} with an {@link InvalidInputException} naming the row;
 * {@link #read(Path, String, Consumer)} hands any number of lines to the caller, so memory does not grow with the
 * rows.
 *
 * <ul>
 *   <li>The header row is found by name, in Chinese or English, within the first ten rows; the columns may come in
 *       any order, and a column the type does not have is reported and ignored.</li>
 *   <li>Every cell is converted: numbers, whole numbers, Y/N, HS codes, unit and package-kind codes, the type's
 *       origin criteria and country codes. Each problem names its row, column and header; all problems of the file
 *       come from one pass, and the rows without a problem are returned with them ({@link GoodsImport}).</li>
 *   <li>An unchanged example row of the template is skipped; empty rows are skipped.</li>
 *   <li>Refused whole, as an {@link InvalidInputException} naming the file: a file that is not a workbook, an
 *       encrypted one, one with macros ({@code .xlsm}, or an {@code .xls} with a VBA project), a zip bomb. Text that
 *       would run as a formula ({@code =cmd|' /C calc'!A0}, formula injection) is a cell problem, and so is a cell
 *       holding a formula, in any column: a number's cached result need not be what its formula gives.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * @since 0.1
 */
public final class GoodsImporter {
    /** The most cell problems one import lists; the rest are only counted. */
    public static final int MAX_ERRORS = 1_000;

    private final ReferenceData ref;
    private final OriginCriteria criteria;
    private final GoodsCatalogue catalogue;

    private GoodsImporter(ReferenceData ref, OriginCriteria criteria, @Nullable GoodsCatalogue catalogue) {
        this.ref = InvalidInputException.requireArgument(ref, "GoodsImporter.create", "ref");
        this.criteria = InvalidInputException.requireArgument(criteria, "GoodsImporter.create", "criteria");
        this.catalogue = catalogue;
    }

    /** With the built-in origin criteria. */
    public static GoodsImporter create(ReferenceData ref) {
        return new GoodsImporter(ref, OriginCriteria.defaults(), null);
    }

    /** With {@code criteria} as the origin criteria a goods line may carry (the validator's table, say). */
    public static GoodsImporter create(ReferenceData ref, OriginCriteria criteria) {
        return new GoodsImporter(ref, criteria, null);
    }

    /**
     * This importer reading the template's catalogue-code column (货物维护编号, Catalogue code) from {@code catalogue}:
     * a row's code picks the entry whose goods line fills the row (001 §1.1 货物维护: "有相同货物时直接双击列表里的货物信息可将数据返填至货物信息页面"),
     * and the row's filled cells win over the entry's values. A code the catalogue lacks is a cell problem naming the
     * row and column. Without a catalogue, a filled catalogue code is a cell problem saying one is needed. Thread-safe
     * when the catalogue's store is.
     */
    public GoodsImporter withCatalogue(GoodsCatalogue catalogue) {
        return new GoodsImporter(ref, criteria, InvalidInputException.requireArgument(catalogue, "GoodsImporter.withCatalogue",
                "catalogue"));
    }

    /** With the built-in reference data. */
    public static GoodsImporter defaults() {
        return create(ReferenceData.defaults());
    }

    /**
     * Reads a goods template of coo4j's ({@link GoodsTemplate}), which names its certificate type.
     *
     * @throws InvalidInputException when the file cannot be read, or does not name its type
     */
    public GoodsImport read(Path file) {
        return read(file, null);
    }

    /**
     * Reads goods for a certificate of type {@code certificateType}; null takes the type the template names.
     *
     * @throws InvalidInputException when the file cannot be read, or the type is unknown
     */
    public GoodsImport read(Path file, @Nullable String certificateType) {
        List<GoodsItem> goods = new ArrayList<>();
        GoodsImport read = read(file, certificateType, true, goods::add);
        return new GoodsImport(read.certificateType(), goods, read.errors(), read.errorsNotListed());
    }

    /**
     * Reads goods and hands each good line to {@code lines} as its row is read, keeping none: memory does not grow
     * with the rows, and there is no bound on their number (for bulk imports and converters). The result holds the
     * problems and no goods.
     *
     * @throws InvalidInputException when the file cannot be read, or the type is unknown
     */
    public GoodsImport read(Path file, @Nullable String certificateType, Consumer<GoodsItem> lines) {
        return read(file, certificateType, false, InvalidInputException.requireArgument(lines, "GoodsImporter.read", "lines"));
    }

    /**
     * {@code bounded}: stop past {@link io.coo4j.core.model.Certificate#MAX_GOODS_LINES} lines, the most one
     * certificate holds, instead of collecting a million of them (issue 16).
     */
    private GoodsImport read(Path file, @Nullable String certificateType, boolean bounded, Consumer<GoodsItem> lines) {
        String source = InvalidInputException.requireArgument(file, "GoodsImporter.read", "file").toString();
        try (SheetSource sheet = WorkbookFiles.open(file)) {
            String code = certificateType != null ? certificateType : sheet.templateType().orElseThrow(() ->
                    new InvalidInputException(source, "", "does not say which certificate type its goods are for "
                            + "(it is not a coo4j goods template): name the type"));
            CertificateType type = ref.certificateType(code).orElseThrow(() ->
                    new InvalidInputException(source, "", "unknown certificate type " + code));
            return new GoodsReader(source, ref, criteria, type, MAX_ERRORS, bounded, lines, catalogue).read(sheet);
        }
    }
}
