package io.coo4j.samples.cli;

import io.coo4j.core.CooException;
import io.coo4j.core.data.HsCorrelation;
import io.coo4j.core.data.HsCorrelation.Correspondence;
import io.coo4j.core.hs.HsEntry;
import io.coo4j.core.hs.HsNomenclature;
import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.rules.origin.OriginRule.HsRange;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coo hs CODE}: looks a code up in the data pack's nomenclature; with {@code --in EDITION}, the subheadings of that
 * edition it corresponds to in the pack's correlation tables. Exit 1 when the code does not exist or has no partner.
 */
@Command(name = "hs", description = "Looks up an HS chapter, heading or subheading (8517, 8517.62, 851762) in the data pack,"
        + " or with --in the codes of another HS edition a subheading corresponds to.")
final class HsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "CODE", description = "2, 4 or 6 digits, dots allowed; 8 or 10 digits look up their subheading.")
    String code;

    @Option(names = "--in", paramLabel = "EDITION", description = "The HS edition to bring the subheading into, e.g. HS2012.")
    String in;

    @Option(names = "--from", paramLabel = "EDITION", defaultValue = BillOfMaterials.DEFAULT_HS_VERSION,
            description = "The edition CODE is in, with --in (default: ${DEFAULT-VALUE}).")
    String from;

    /** The JSON answer. */
    record Answer(String code, String version, boolean exists, String level, String parent, String description,
                  String nearestExisting) {
    }

    @Override
    public Integer call() {
        if (in != null) {
            return correspond();
        }
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

    private int correspond() {
        String digits = code.replace(".", "").trim();
        if (!digits.matches("\\d{6}|\\d{8}|\\d{10}")) {
            throw new CooException("\"" + code + "\" is not an HS subheading: 6 digits (8 or 10 are read at their subheading)");
        }
        HsCorrelation correlation = common.dataPack().hsCorrelation().orElseThrow(() -> new CooException(
                "no HS correlation tables: name a data pack with hs-correlation/ with --data DIR or COO4J_DATA"));
        Correspondence c = correlation.correspond(digits, from, in).orElseThrow(() -> new CooException("the data pack has no"
                + " correlation tables connecting " + from + " and " + in + "; it has " + String.join(", ", correlation.editions())));
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Output.json(out, c);
        } else {
            out.println(HsRange.dotted(c.code()) + " (" + c.from() + ") in " + c.to() + ": " + (c.candidates().isEmpty()
                    ? "no partner" : c.candidates().size() + " candidate(s)"));
            c.candidates().forEach(k -> out.println("  " + HsRange.dotted(k.code()) + "  " + k.relationship()
                    + (k.partial() ? "  in part (ex)" : "")));
            c.tables().forEach(t -> out.println("  from " + t));
            out.flush();
        }
        return c.candidates().isEmpty() ? Coo.INVALID : Coo.OK;
    }
}
