package io.coo4j.samples.cli;

import com.fasterxml.jackson.databind.JavaType;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.json.CooJson;
import io.coo4j.excel.CertificateEntry;
import io.coo4j.excel.DateRange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code coo export} and {@code coo stats} share: the certificate list they read (a JSON array of
 * {@link CertificateEntry}), the days it is cut to and the file they write.
 */
final class CertificateListOptions {
    @Parameters(paramLabel = "FILE", description = "JSON array of certificate entries: {\"record\": {certificate, state, "
            + "createdAt, …}, \"principal\", \"entryClerk\", \"loginUser\"}.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "XLSX", description = "The .xlsx file to write.")
    Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First creation day (China time); default: a month before --to.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last creation day (China time); default: today.")
    LocalDate to;

    /** The chosen days; by default the last month, as the manual's export (001 ch.5). */
    DateRange range() {
        if (from == null && to == null) {
            return DateRange.lastMonth();
        }
        LocalDate end = to != null ? to : DateRange.lastMonth().to();
        return new DateRange(from != null ? from : end.minusMonths(1), end);
    }

    List<CertificateEntry> entries() {
        CooJson json = CooJson.strict();
        JavaType type = json.type(List.class, CertificateEntry.class);
        try (InputStream in = Files.newInputStream(file)) {
            return json.read(in, type, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "", "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "", "cannot be read: " + e.getMessage(), e);
        }
    }
}
