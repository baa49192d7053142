package io.coo4j.samples.cli;

import io.coo4j.core.CooException;
import io.coo4j.core.hs.HsEntry;
import io.coo4j.core.hs.HsNomenclature;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coo hs CODE}: looks a code up in the data pack's nomenclature. */
@Command(name = "hs", description = "Looks up an HS chapter, heading or subheading (8517, 8517.62, 851762) in the data pack.")
final class HsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "CODE", description = "2, 4 or 6 digits, dots allowed; 8 or 10 digits look up their subheading.")
    String code;

    /** The JSON answer. */
    record Answer(String code, String version, boolean exists, String level, String parent, String description,
                  String nearestExisting) {
    }

    @Override
    public Integer call() {
        HsNomenclature hs = common.dataPack().hsNomenclature().orElseThrow(() -> new CooException(
                "no HS nomenclature: name a data pack with --data DIR or the COO4J_DATA environment variable"));
        String digits = code.replace(".", "").trim();
        if (!digits.matches("\\d{2}|\\d{4}|\\d{6}|\\d{8}|\\d{10}")) {
            throw new CooException("\"" + code + "\" is not an HS code: 2, 4, 6, 8 or 10 digits");
        }
        String lookup = digits.length() > 6 ? digits.substring(0, 6) : digits;
        Optional<HsEntry> e = hs.find(lookup);
        PrintWriter out = spec.commandLine().getOut();
        if (e.isEmpty()) {
            String nearest = hs.nearestExisting(lookup).map(HsEntry::dotted).orElse(null);
            if (common.json()) {
                Output.json(out, new Answer(lookup, hs.version(), false, null, null, null, nearest));
            } else {
                out.println(lookup + " does not exist in " + hs.version()
                        + (nearest == null ? "" : "; nearest existing: " + nearest));
            }
            return Coo.INVALID;
        }
        HsEntry entry = e.get();
        if (common.json()) {
            Output.json(out, new Answer(entry.code(), hs.version(), true, entry.level().name(), entry.parent(),
                    entry.description(), null));
        } else {
            out.println(entry.dotted() + " (" + entry.level().name().toLowerCase(java.util.Locale.ROOT) + ", " + hs.version()
                    + ", parent " + (entry.parent() == null ? "none" : entry.parent()) + ")");
            out.println("  " + entry.description());
            out.flush();
        }
        return Coo.OK;
    }
}
