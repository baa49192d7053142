package io.coo4j.samples.cli;

import io.coo4j.core.model.Issuer;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.ReferenceData;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code coo types}: the certificate types coo4j knows. */
@Command(name = "types", description = "Lists the certificate types: code, names, agreement, issuers, self-print.")
final class TypesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    /** One row of the JSON answer (of {@code coo types}); {@code agreements} lists all for HM. */
    record Row(String code, String nameZh, String nameEn, String agreement, List<String> agreements,
               List<Issuer> issuers, boolean selfPrint) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<CertificateType> types = ReferenceData.defaults().certificateTypes();
        if (common.json()) {
            Output.json(out, types.stream().map(t -> new Row(t.code(), t.nameZh(), t.nameEn(),
                    t.agreements().isEmpty() ? null : t.agreements().get(0), t.agreements(), t.issuers(), t.selfPrint())).toList());
            return Coo.OK;
        }
        for (CertificateType t : types) {
            out.printf("%-3s %-9s %-9s %-10s %s / %s%n", t.code(),
                    t.agreements().isEmpty() ? "-" : String.join("/", t.agreements()),
                    t.issuers().size() == 2 ? "both" : t.issuers().get(0).name().toLowerCase(java.util.Locale.ROOT),
                    t.selfPrint() ? "self-print" : "", t.nameEn(), t.nameZh());
        }
        out.flush();
        return Coo.OK;
    }
}
