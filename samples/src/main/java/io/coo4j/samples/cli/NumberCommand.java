package io.coo4j.samples.cli;

import io.coo4j.core.CooException;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.rules.numbering.CertificateNumber;
import io.coo4j.rules.numbering.CertificateNumberGenerator;
import io.coo4j.rules.numbering.FileSerialStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coo number}: issues the next certificate number (证书编号) from a crash-safe file store. */
@Command(name = "number", description = "Issues the next certificate number for a type, year and enterprise.")
final class NumberCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--type", required = true, paramLabel = "T", description = "Certificate type code (E, C, RC, …).")
    String type;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Calendar year of the certificate.")
    int year;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Enterprise enterprise;

    /** Where the enterprise id comes from: one of the two. */
    static final class Enterprise {
        @Option(names = "--filing", paramLabel = "N", description = "9-digit CO filing number (产地证备案号).")
        String filing;

        @Option(names = "--credit-code", paramLabel = "USCC", description = "Unified social credit code: its characters 9-17.")
        String creditCode;
    }

    @Option(names = "--store", paramLabel = "PATH",
            description = "Serial store file, shared safely by processes (default: ~/.coo4j/serials.log).")
    Path store;

    /** The JSON answer (of {@code coo number}). */
    record Answer(String number, String type, int year, int serial) {
    }

    @Override
    public Integer call() throws Exception {
        if (ReferenceData.defaults().certificateType(type).isEmpty()) {
            throw new CooException("--type: unknown certificate type " + type + " (see coo types)");
        }
        if (year < 1000 || year > 9999) {
            throw new CooException("--year: expected a four-digit year, got " + year);
        }
        String id = enterprise.filing != null ? CertificateNumber.enterpriseIdFromFilingNumber(enterprise.filing)
                : CertificateNumber.enterpriseIdFromCreditCode(enterprise.creditCode);
        Path file = store != null ? store : Path.of(System.getProperty("user.home"), ".coo4j", "serials.log");
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        CertificateNumber n;
        try (FileSerialStore serials = FileSerialStore.open(file)) {
            n = CertificateNumberGenerator.create(serials).next(type, year, id);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Output.json(out, new Answer(n.format(), n.type(), year, n.serial()));
        } else {
            out.println(n.format() + "  (serial " + n.serial() + " of " + type + "/" + year + " for " + id + ", store " + file + ")");
            out.flush();
        }
        return Coo.OK;
    }
}
