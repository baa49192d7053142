package io.coo4j.core.data.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.TariffLine;
import io.coo4j.core.data.TariffSchedule;
import io.coo4j.core.io.BoundedInput;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Loads the folder {@code tariffs/}: one {@code <agreement>.csv} per agreement (two digits, {@code 19.csv}), columns
 * {@code importing_country,hs_code,year,rate,citation}. Every row is checked; one bad row refuses the whole pack. A rate
 * is a plain decimal (an ad valorem percentage) or the schedule's words; something that looks like a number written
 * otherwise ({@code 6.5%}, {@code 6,5}) is refused rather than read as either. Within one importer and year, lines do
 * not nest (no {@code 85176200} beside {@code 851762}), so the longest listed prefix of a code is its one line.
 */
public final class TariffLoader {
    /** The folder inside a pack. */
    public static final String FOLDER = "tariffs";
    /** The table's columns. */
    public static final List<String> HEADER = List.of("importing_country", "hs_code", "year", "rate", "citation");
    /** A schedule of every line of one importer for a dozen years is a few megabytes. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{2})\\.csv");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{8}|\\d{10}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern AD_VALOREM = Pattern.compile("\\d{1,4}(\\.\\d{1,6})?");
    /** Digits, signs, separators and % only: a number, but not written as the plain decimal the column asks for. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[\\d.,%+\\-\\s]+");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private TariffLoader() {
    }

    /** The path of {@code agreement}'s table inside a pack, with {@code /}. */
    public static String file(String agreement) {
        return FOLDER + "/" + agreement + ".csv";
    }

    /** The schedules of the pack's {@code tariffs/} folder by agreement code, in code order. */
    public static Map<String, TariffSchedule> load(Path pack) {
        Path folder = pack.resolve(FOLDER);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException(folder.toString(), "", "expected a folder of tariff schedules (<agreement>.csv)");
        }
        Map<String, Path> files = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                // The first stray name stops the listing: a folder of a million files is refused, not read.
                var m = FILE_NAME.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    throw new InvalidInputException(p.toString(), "", "not a tariff schedule: the folder " + FOLDER
                            + "/ holds <agreement>.csv files only, named by the agreement's two-digit code (19.csv)");
                }
                files.put(m.group(1), p);
            }
        } catch (IOException e) {
            throw new InvalidInputException(folder.toString(), "", "cannot be listed: " + BoundedInput.describe(e), e);
        }
        Map<String, TariffSchedule> schedules = new TreeMap<>();
        files.forEach((agreement, path) -> schedules.put(agreement, new TariffSchedule(agreement, file(agreement),
                CsvReader.readFile(path, MAX_BYTES, csv -> read(csv, path.toString())))));
        return schedules;
    }

    private static List<TariffLine> read(CsvReader csv, String source) {
        csv.header(HEADER);
        List<TariffLine> lines = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        List<String> row;
        while ((row = csv.nextRecord(HEADER.size())) != null) {
            String country = row.get(0);
            if (!COUNTRY.matcher(country).matches() || !ISO_COUNTRIES.contains(country)) {
                throw csv.error(0, "importing_country", "expected the importing party's ISO 3166-1 alpha-2 code (KR; CN"
                        + " for China's schedule), found \"" + country + "\"");
            }
            String code = row.get(1);
            if (!CODE.matcher(code).matches()) {
                throw csv.error(1, "hs_code", "expected 6, 8 or 10 digits as the schedule lists the line (no dots),"
                        + " found \"" + code + "\"");
            }
            if (!YEAR.matcher(row.get(2)).matches()) {
                throw csv.error(2, "year", "expected a year of four digits (2026), found \"" + row.get(2) + "\"");
            }
            int year = Integer.parseInt(row.get(2));
            String rate = row.get(3);
            BigDecimal adValorem = null;
            if (AD_VALOREM.matcher(rate).matches()) {
                adValorem = new BigDecimal(rate);
            } else if (rate.isBlank() || NUMBER_LIKE.matcher(rate).matches()) {
                throw csv.error(3, "rate", "expected an ad valorem rate as a plain decimal percentage (6.5 for 6.5 %),"
                        + " or the schedule's words for another duty; found \"" + rate + "\"");
            }
            String citation = row.get(4);
            if (citation.isBlank()) {
                throw csv.error(4, "citation", "required: the announcement or annex the rate is published in");
            }
            Integer earlier = lineOf.putIfAbsent(country + "/" + year + "/" + code, csv.recordLine());
            if (earlier != null) {
                throw csv.error(1, "hs_code", "duplicate line " + code + " for " + country + " in " + year
                        + " (first on line " + earlier + ")");
            }
            lines.add(new TariffLine(country, code, year, rate, adValorem, citation, csv.recordLine()));
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException(source, "", "no rates: the file has a header only");
        }
        for (TariffLine l : lines) {
            for (int digits = 6; digits < l.hsCode().length(); digits += 2) {
                Integer outer = lineOf.get(l.importingCountry() + "/" + l.year() + "/" + l.hsCode().substring(0, digits));
                if (outer != null) {
                    throw new InvalidInputException(source, "line " + l.line() + ", column 2 (hs_code)", "line "
                            + l.hsCode() + " lies within " + l.hsCode().substring(0, digits) + " (line " + outer + ") for "
                            + l.importingCountry() + " in " + l.year() + ": a schedule's lines do not nest, so list"
                            + " each line at one precision");
                }
            }
        }
        return lines;
    }
}
