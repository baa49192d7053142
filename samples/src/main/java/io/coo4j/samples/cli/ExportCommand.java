package io.coo4j.samples.cli;

import io.coo4j.excel.CertificateEntry;
import io.coo4j.excel.CertificateListExport;
import io.coo4j.excel.DateRange;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code coo export FILE --out XLSX}: the certificate list as Excel, created within the last month by default. */
@Command(name = "export", description = "Writes the certificates created within a range of days (default: the last month) as an Excel list.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CertificateListOptions list;

    @Override
    public Integer call() {
        DateRange range = list.range();
        int n = CertificateListExport.defaults().write(list.entries().stream().map(CertificateEntry::record).toList(), range, list.out);
        spec.commandLine().getOut().println("wrote " + list.out + ": " + n + " certificate(s) created " + range);
        spec.commandLine().getOut().flush();
        return Coo.OK;
    }
}
