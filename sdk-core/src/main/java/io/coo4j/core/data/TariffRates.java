package io.coo4j.core.data;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.TariffAnswer.Outcome;
import io.coo4j.core.data.internal.TariffLoader;
import io.coo4j.core.hs.HsCode;
import io.coo4j.core.reference.Agreement;
import io.coo4j.core.reference.ReferenceData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The agreement tariff rate query (协定税率查询; 003: "查询某项商品在某两国之间的协定税率"): the rate a product pays under
 * an agreement in the importing party's schedule for a year. The manuals' systems send the user to MOFCOM's FTA service
 * (001 ch.4: "优惠贸易协定税率请到中国自由贸易区服务网查询 http://fta.mofcom.gov.cn/"), and coo4j ships no rates:
 * the rates are the schedules a user puts in the data pack ({@code tariffs/<agreement>.csv}). Between two countries the
 * rate is the importer's (003's screen asks 原产地 and 目的地: the destination's schedule applies to the origin's goods).
 *
 * <p>The answer is {@link Outcome#FOUND} only from a line of the schedule: the code's own line, or the line the
 * schedule lists at fewer digits that the code lies within (851762 for 85176200; the answer says so). Otherwise it is
 * {@link Outcome#NO_SCHEDULE} or {@link Outcome#NOT_LISTED}, never a default rate. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TariffRates {
    private static final String CHINA = "CN";

    private final ReferenceData reference;
    /** agreement → importer → year → code → line; the codes sorted, for the lines under a shorter code. */
    private final Map<String, Map<String, TreeMap<Integer, NavigableMap<String, TariffLine>>>> index = new HashMap<>();

    private TariffRates(DataPack pack, ReferenceData reference) {
        this.reference = reference;
        pack.tariffSchedules().forEach((agreement, schedule) -> {
            var byImporter = index.computeIfAbsent(agreement, a -> new HashMap<>());
            for (TariffLine l : schedule.lines()) {
                byImporter.computeIfAbsent(l.importingCountry(), c -> new TreeMap<>())
                        .computeIfAbsent(l.year(), y -> new TreeMap<>()).put(l.hsCode(), l);
            }
        });
    }

    /** The query over {@code pack}'s schedules, agreements and countries checked against coo4j's reference data. */
    public static TariffRates of(DataPack pack) {
        return of(InvalidInputException.requireArgument(pack, "TariffRates.of", "pack"), ReferenceData.defaults());
    }

    /** The query over {@code pack}'s schedules, agreements and countries checked against {@code reference}. */
    public static TariffRates of(DataPack pack, ReferenceData reference) {
        return new TariffRates(InvalidInputException.requireArgument(pack, "TariffRates.of", "pack"),
                InvalidInputException.requireArgument(reference, "TariffRates.of", "reference"));
    }

    /**
     * The rate of {@code hsCode} under {@code agreement} in {@code importingCountry}'s schedule for {@code year}.
     *
     * @param agreement        the agreement's two-digit code ({@code 19})
     * @param importingCountry the importing party, ISO 3166-1 alpha-2: a partner of the agreement, or {@code CN}
     * @param hsCode           6, 8 or 10 digits; dots allowed ({@code 8517.62.00})
     * @param year             the year the goods are imported in
     * @throws InvalidInputException naming the argument: a {@code null} one, an agreement coo4j does not know, an
     *                               importer that is no party of it (or not yet in {@code year}), a code that is not 6,
     *                               8 or 10 digits, a year outside 1900–2099
     */
    public TariffAnswer rate(String agreement, String importingCountry, String hsCode, int year) {
        InvalidInputException.requireArgument(agreement, "TariffRates.rate", "agreement");
        InvalidInputException.requireArgument(importingCountry, "TariffRates.rate", "importingCountry");
        InvalidInputException.requireArgument(hsCode, "TariffRates.rate", "hsCode");
        Agreement a = reference.agreement(agreement).orElseThrow(() -> new InvalidInputException("agreement", "",
                "\"" + agreement + "\" is no agreement code coo4j knows: "
                        + reference.agreements().stream().map(Agreement::code).collect(Collectors.joining(", "))));
        checkParty(a, importingCountry, year);
        String code = HsCode.parse(hsCode).map(HsCode::digits).orElseThrow(() -> new InvalidInputException("hsCode", "",
                "\"" + hsCode + "\" is no HS code: 6, 8 or 10 digits (dots allowed)"));
        String file = TariffLoader.file(agreement);
        String whose = "schedule of " + importingCountry + " under " + agreement + " (" + a.shortName() + ")";
        var years = index.getOrDefault(agreement, Map.of()).get(importingCountry);
        if (years == null) {
            return new TariffAnswer(Outcome.NO_SCHEDULE, agreement, importingCountry, code, year, file, null, "the data pack has no "
                    + whose + ": rows of " + importingCountry + " in " + file + " (" + String.join(",", TariffLoader.HEADER)
                    + ") would supply it, copied from the schedule the agreement or the customs announcement publishes;"
                    + " coo4j ships no rates");
        }
        NavigableMap<String, TariffLine> lines = years.get(year);
        if (lines == null) {
            return new TariffAnswer(Outcome.NO_SCHEDULE, agreement, importingCountry, code, year, file, null, file + " lists the "
                    + whose + " for " + years.firstKey() + (years.size() > 1 ? "–" + years.lastKey() : "")
                    + ", not for " + year + ": rows of " + year + " would supply it");
        }
        TariffLine found = covering(lines, code);
        if (found != null) {
            String rate = found.adValorem() != null ? found.rate() + " % ad valorem" : "\"" + found.rate() + "\"";
            return new TariffAnswer(Outcome.FOUND, agreement, importingCountry, code, year, file, found, rate + " in the " + whose + " for "
                    + year + ", " + file + " line " + found.line() + " (" + found.citation() + ")"
                    + (found.hsCode().length() < code.length() ? "; the schedule lists the line at " + found.hsCode().length()
                    + " digits, " + found.hsCode() + ", whose rate covers " + code : ""));
        }
        return new TariffAnswer(Outcome.NOT_LISTED, agreement, importingCountry, code, year, file, null, "no line of the " + whose
                + " covers " + code + " in " + year + " (" + file + ")" + notListedHint(years, lines, code, year));
    }

    /** The importer must be a party: China, or a partner that had joined by the year (where the date is known). */
    private static void checkParty(Agreement a, String country, int year) {
        if (year < 1900 || year > 2099) {
            throw new InvalidInputException("year", "", year + " is no year of a tariff schedule (1900–2099)");
        }
        if (CHINA.equals(country)) {
            return;
        }
        String parties = a.exportCertificates() ? CHINA + ", " + a.partners().stream().map(Agreement.Partner::country)
                .collect(Collectors.joining(", ")) : CHINA + " only (China's preference; the others grant none under it)";
        var partner = a.exportCertificates() ? a.partner(country) : Optional.<Agreement.Partner>empty();
        if (partner.isEmpty()) {
            throw new InvalidInputException("importingCountry", "", "\"" + country + "\" is no importing party of "
                    + a.code() + " (" + a.shortName() + "): its schedules are those of " + parties);
        }
        if (partner.get().since() != null && year < partner.get().since().getYear()) {
            throw new InvalidInputException("year", "", country + " applies " + a.code() + " (" + a.shortName()
                    + ") since " + partner.get().since() + ": it has no schedule in " + year);
        }
    }

    /** The line of {@code code} or of the shorter code it lies within; lines do not nest (the loader refuses it). */
    private static TariffLine covering(NavigableMap<String, TariffLine> lines, String code) {
        for (int digits = code.length(); digits >= 6; digits -= 2) {
            TariffLine l = lines.get(code.substring(0, digits));
            if (l != null) {
                return l;
            }
        }
        return null;
    }

    /** Why nothing matched, where the schedule shows it: longer lines under the code, or the code in other years. */
    private static String notListedHint(TreeMap<Integer, NavigableMap<String, TariffLine>> years,
                                        NavigableMap<String, TariffLine> lines, String code, int year) {
        List<String> longer = new ArrayList<>(lines.subMap(code, false, code + Character.MAX_VALUE, false).keySet());
        if (!longer.isEmpty()) {
            return "; it lists lines under it at more digits (" + String.join(", ", longer.subList(0, Math.min(5,
                    longer.size()))) + (longer.size() > 5 ? ", … " + longer.size() + " in all" : "")
                    + "): ask for the full code";
        }
        List<String> other = years.entrySet().stream().filter(e -> e.getKey() != year && covering(e.getValue(), code) != null)
                .map(e -> String.valueOf(e.getKey())).toList();
        return other.isEmpty() ? "" : "; it lists the code for " + String.join(", ", other);
    }
}
