package io.coo4j.samples.cli;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.entry.GoodsCatalogue;
import io.coo4j.core.entry.GoodsCatalogueStore;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.excel.CellError;
import io.coo4j.excel.GoodsImport;
import io.coo4j.excel.GoodsImporter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coo goods-import XLSX}: reads the goods of an Excel file. The goods of the good rows go to stdout; each cell
 * that could not be read is one line on stderr naming the file, row, column and header, and makes the exit code 1
 * ({@link Coo#INVALID}: the file was read, some cells failed their check); a file that cannot be read at all is one
 * line and exit 2. With {@code --catalogue FILE}, the workbook's catalogue codes (货物维护编号) pick their lines from a
 * goods catalogue journal, the file {@code GoodsCatalogueStore.journal} keeps (货物维护, 001 §1.1), read without changing
 * it ({@code GoodsCatalogueStore.readJournal}): a code the catalogue lacks is a cell that could not be read (row and
 * column), a missing, locked or damaged file (a last line without its newline among them) unreadable input.
 */
@Command(name = "goods-import", description = "Reads goods lines from an Excel file (.xlsx or .xls). Exit 1 when a"
        + " cell cannot be read, 2 when the file or the catalogue cannot.")
final class GoodsImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    CriteriaOptions criteria;

    @Parameters(paramLabel = "XLSX", description = "The goods file, usually a filled coo goods-template.")
    Path file;

    @Option(names = "--type", paramLabel = "T", description = "Certificate type of the goods; default: the one the template names.")
    String type;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "A goods catalogue journal (货物维护, written by GoodsCatalogueStore.journal): the workbook's"
                    + " catalogue codes pick their lines from it. Read only: the file is never changed.")
    Path catalogue;

    @Override
    public Integer call() {
        GoodsImporter importer = GoodsImporter.create(ReferenceData.defaults(), criteria.table());
        GoodsImport read;
        if (catalogue == null) {
            read = importer.read(file, type);
        } else {
            try (GoodsCatalogueStore store = journal()) {
                read = importer.withCatalogue(GoodsCatalogue.create(store)).read(file, type);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Output.json(out, read);
        } else {
            out.println(file + ": " + read.goods().size() + " goods line(s) for type " + read.certificateType() + ", "
                    + (read.errors().size() + read.errorsNotListed()) + " cell(s) not read");
            for (GoodsItem g : read.goods()) {
                out.printf("  %3d  %-10s %s%n", g.seq(), g.hsCode() == null ? "-" : g.hsCode(),
                        g.nameEn() != null ? g.nameEn() : g.nameCn() == null ? "" : g.nameCn());
            }
            out.flush();
        }
        PrintWriter err = spec.commandLine().getErr();
        for (CellError e : read.errors()) {
            err.println("coo: " + e.message());
        }
        if (read.errorsNotListed() > 0) {
            err.println("coo: " + file + ": " + read.errorsNotListed() + " more cell(s) not read");
        }
        err.flush();
        return read.clean() ? Coo.OK : Coo.INVALID; // the file was read; some cells failed their check
    }

    /** The catalogue's journal, which must exist: an empty catalogue would find nothing, so a wrong path says so. */
    private GoodsCatalogueStore journal() {
        if (!Files.isRegularFile(catalogue)) {
            throw new InvalidInputException("--catalogue", "", "no such file " + catalogue + ": give the goods"
                    + " catalogue journal (the file GoodsCatalogueStore.journal writes)");
        }
        return GoodsCatalogueStore.readJournal(catalogue);
    }
}
