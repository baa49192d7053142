package io.coo4j.rules.origin;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.PsrRow;
import io.coo4j.core.data.PsrTable;
import io.coo4j.core.hs.HsLevel;
import io.coo4j.rules.origin.internal.AnnexData;
import io.coo4j.rules.origin.internal.AnnexTextParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The product-specific rules of one agreement, read from its annex (a data pack's {@link PsrTable}) with the Chinese
 * grammar of {@link OriginRules#parseAnnexText}. Every row is read once, on construction: a row whose text is not a
 * rule is kept with its reason (it never lets a product pass), rows the pack flags as doubtful are skipped and
 * counted, known misprints ({@code annex-errata.json}) are corrected and reported, and a row whose text names
 * another code than its own (从任何其他品目改变到品目 11.07 on row 11.08) is refused. Lookup goes from the product's
 * subheading to its heading to its chapter.
 *
 * <p>An annex with a row for every subheading of its HS edition (China–Korea: all 5,205 of HS 2012) also tells which
 * codes exist in that edition; coo4j has no correlation table between HS editions, so a code outside it is reported,
 * never mapped. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PsrAnnex {
    private final String agreement;
    private final String hsVersion;
    private final List<PsrEntry> entries;
    private final Map<String, PsrEntry> byCode = new HashMap<>();
    private final int skipped;
    private final @Nullable Set<String> subheadings;

    /** @param subs the subheadings the annex has rows for, flagged rows included (a doubtful rule, but a real code) */
    private PsrAnnex(String agreement, String hsVersion, List<PsrEntry> entries, int skipped, Set<String> subs) {
        this.agreement = agreement;
        this.hsVersion = hsVersion;
        this.entries = List.copyOf(entries);
        this.skipped = skipped;
        for (PsrEntry e : entries) {
            byCode.put(e.hsCode(), e);
        }
        Integer editionSize = AnnexData.subheadings(hsVersion);
        this.subheadings = editionSize != null && editionSize == subs.size() ? Collections.unmodifiableSet(subs) : null;
    }

    /**
     * Reads an annex of a data pack. A table with two HS versions (a transposition table) is read in its newer one;
     * rows of the other are skipped and counted.
     *
     * @throws InvalidInputException when the table names no HS version
     */
    public static PsrAnnex parse(PsrTable table) {
        if (InvalidInputException.requireArgument(table, "PsrAnnex.parse", "table").hsVersions().isEmpty()) {
            throw new InvalidInputException("annex of agreement " + table.agreement(), "hsVersions", "names no HS version");
        }
        String version = table.hsVersions().get(table.hsVersions().size() - 1);
        List<PsrEntry> entries = new ArrayList<>();
        Map<String, Object> readTexts = new HashMap<>(); // an annex repeats few texts (Korea: 63 in 5,205 rows): read each once
        Set<String> subheadings = new HashSet<>();
        int skipped = 0;
        for (PsrRow row : table.rows()) {
            if (row.hsVersion().equals(version) && row.level() == HsLevel.SUBHEADING) {
                subheadings.add(row.hsCode());
            }
            if (row.flagged() || !row.hsVersion().equals(version)) {
                skipped++;
            } else {
                entries.add(read(table.agreement(), version, row, readTexts));
            }
        }
        return new PsrAnnex(table.agreement(), version, entries, skipped, subheadings);
    }

    /** An annex of entries already read (coo4j's built-in cited lines). */
    static PsrAnnex of(String agreement, String hsVersion, List<PsrEntry> entries) {
        Set<String> subheadings = new HashSet<>();
        entries.stream().filter(e -> e.level() == HsLevel.SUBHEADING).forEach(e -> subheadings.add(e.hsCode()));
        return new PsrAnnex(agreement, hsVersion, entries, 0, subheadings);
    }

    private static PsrEntry read(String agreement, String version, PsrRow row, Map<String, Object> readTexts) {
        String text = row.ruleText();
        List<String> notes = new ArrayList<>();
        for (AnnexData.Erratum e : AnnexData.errata()) {
            if (e.agreement().equals(agreement) && e.hsVersion().equals(version) && text.contains(e.wrong())) {
                text = text.replace(e.wrong(), e.right());
                notes.add("the annex reads \"" + e.wrong() + "\", read as \"" + e.right() + "\": " + e.reason());
            }
        }
        OriginRule rule = null;
        String problem = null;
        try {
            AnnexTextParser.Parsed parsed = parseOnce(text, readTexts);
            for (String target : parsed.targets()) {
                if (!row.hsCode().startsWith(target)) {
                    throw new IllegalArgumentException("the text names " + OriginRule.HsRange.dotted(target) + " as the code changed"
                            + " to, but the row is " + OriginRule.HsRange.dotted(row.hsCode()));
                }
            }
            rule = parsed.rule();
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        return new PsrEntry(agreement, version, row.hsCode(), row.level(), row.ruleText(), rule, problem, notes, row.sourceRef());
    }

    /** The text read, or the reason it could not be, remembered per text. */
    private static AnnexTextParser.Parsed parseOnce(String text, Map<String, Object> readTexts) {
        Object known = readTexts.computeIfAbsent(text, t -> {
            try {
                return AnnexTextParser.parse(t);
            } catch (IllegalArgumentException e) {
                return e;
            }
        });
        if (known instanceof IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return (AnnexTextParser.Parsed) known;
    }

    /** The two-digit code of the agreement whose annex this is. */
    public String agreement() {
        return agreement;
    }

    /** The HS edition the annex is written in, e.g. {@code HS2012}. */
    public String hsVersion() {
        return hsVersion;
    }

    /** Every row read, in annex order (flagged rows excluded). */
    public List<PsrEntry> entries() {
        return entries;
    }

    /** The rule of a product: the row of its subheading, else of its heading, else of its chapter. */
    public Optional<PsrEntry> entryFor(@Nullable String hsDigits) {
        if (hsDigits == null) {
            return Optional.empty();
        }
        for (int len = Math.min(6, hsDigits.length()); len >= 2; len -= 2) {
            PsrEntry e = byCode.get(hsDigits.substring(0, len));
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Whether the annex lists every subheading of its HS edition, so that {@link #existsInEdition} can answer. */
    public boolean listsEverySubheading() {
        return subheadings != null;
    }

    /**
     * Whether a code's subheading exists in the annex's HS edition.
     *
     * @throws CooException when the annex does not list every subheading (ask {@link #listsEverySubheading})
     */
    public boolean existsInEdition(String hsDigits) {
        InvalidInputException.requireArgument(hsDigits, "PsrAnnex.existsInEdition", "hsDigits");
        if (subheadings == null) {
            throw new CooException("the annex of agreement " + agreement + " does not list every subheading of " + hsVersion);
        }
        return hsDigits.length() >= 6 && subheadings.contains(hsDigits.substring(0, 6));
    }

    /** How much of the annex was read. */
    public PsrCoverage coverage() {
        List<PsrCoverage.Unparsed> unparsed = new ArrayList<>();
        List<PsrCoverage.Corrected> corrected = new ArrayList<>();
        for (PsrEntry e : entries) {
            if (!e.parsed()) {
                unparsed.add(new PsrCoverage.Unparsed(e.hsCode(), e.ruleText(), e.problem()));
            }
            for (String note : e.notes()) {
                corrected.add(new PsrCoverage.Corrected(e.hsCode(), e.ruleText(), note));
            }
        }
        return new PsrCoverage(agreement, hsVersion, entries.size() + skipped, entries.size() - unparsed.size(), skipped,
                unparsed, corrected);
    }
}
