package io.coo4j.core.data.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.internal.ConvertedTable.Origin;
import io.coo4j.core.data.internal.PackSources.AnnexProfile;
import io.coo4j.core.json.CooJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts a product-specific rules annex in the customs JSON layout (the GACC attachments as the customs_spider scrape
 * converted them: one JSON array per annex, one object per sheet row) into the pack's {@code psr.csv}. Two layouts:
 * <ul>
 *   <li>an annex: keys 章 (chapter), 品目 (heading), 子目 (subheading) — any of them —, 产品特定原产地规则 or 原产地标准
 *       (the rule), optionally 产品描述 or 商品描述 (the description);</li>
 *   <li>a transposition table: the older edition's 税号 / {@code <year>}版品名 / {@code <year>}版产品特定规则 beside the
 *       newer edition's 税号.1 / {@code <year>}版品名… / {@code <year>}版产品特定规则.</li>
 * </ul>
 * Every object has the keys the first has. Codes stored as numbers get their leading zeros back by the layout's fixed
 * widths: subheading {@code 101.3} is 0101.30, heading {@code 1.01} is 01.01 and {@code 301.0} is 03.01, subheading
 * {@code 842831.0} is 8428.31; a code outside chapters 01–99 is refused, one with more decimals than it has is flagged. A row
 * without a rule is a caption and is left out; the rest follows the agreement's {@link AnnexProfile}: what a repeated
 * subheading is, whether rule texts keep their surrounding spaces, a flag for every row. A rule naming another code
 * than its row as the one changed to ("…改变到品目 11.07" on 11.08) is flagged {@code SUSPECT_FORWARD_FILL}, a
 * subheading outside the heading its row names {@code SOURCE_HEADING_COLUMN_SAYS_<heading>}.
 */
public final class AnnexConverter {
    static final List<String> HEADER = List.of("agreement", "hs_version", "hs_code", "level", "rule_text", "source_ref",
            "description_zh", "flag");
    private static final String CHAPTER = "章";
    private static final String HEADING = "品目";
    private static final String SUBHEADING = "子目";
    private static final List<String> RULE_KEYS = List.of("产品特定原产地规则", "原产地标准");
    private static final List<String> DESCRIPTION_KEYS = List.of("产品描述", "商品描述");
    private static final String OLDER_CODE = "税号";
    private static final String NEWER_CODE = "税号.1";
    private static final Pattern EDITION_RULE = Pattern.compile("(\\d{4})版产品特定规则\\s*");
    private static final Pattern EDITION_NAME = Pattern.compile("(\\d{4})版品名.*", Pattern.DOTALL);
    /** "…改变到品目 32.11": the code a rule says the product changes to; digits as Python's {@code \d} reads them. */
    private static final Pattern TARGET = Pattern.compile("改变(?:到|至)\\s*(品目|子目)\\s*(\\d{2}\\.\\d{2}|\\d{4}\\.\\d{2})",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** A code as text in the layout's own forms, per number of digits: the digits alone, or with the dot. */
    private static final Map<Integer, Pattern> CANONICAL = Map.of(2, Pattern.compile("\\d{2}"),
            4, Pattern.compile("\\d{4}|\\d{2}\\.\\d{2}"), 6, Pattern.compile("\\d{6}|\\d{4}\\.\\d{2}"));
    /** A code as text that spells the number the layout would have stored ({@code "38.2"}). */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}(\\.\\d{1,3})?");
    private static final Pattern TRANSPOSED_CODE = Pattern.compile("\\d{4}|\\d{6}");
    /** Floats of the upstream conversion carry at most representation noise beyond two decimals. */
    private static final BigDecimal NOISE = new BigDecimal("0.000001");
    /** The largest annex (China–Korea) has 7,212 source rows. */
    private static final int MAX_ROWS = 200_000;

    private final String source;
    private final AnnexProfile profile;
    private final String reference;
    private final CsvText csv = new CsvText("\r\n");
    private final Map<Integer, Origin> origins = new HashMap<>();
    private final Map<String, Integer> flagged = new TreeMap<>();

    private AnnexConverter(String source, AnnexProfile profile, String reference) {
        this.source = source;
        this.profile = profile;
        this.reference = reference;
        csv.record(HEADER);
    }

    /**
     * @param json      the source file's bytes
     * @param source    how to name it in errors (its path)
     * @param reference how rows name it in {@code source_ref}, before {@code #[index]}: {@code owner/repo@commit:path}
     *                  for a published file coo4j knows, else the file name
     * @throws InvalidInputException naming the file, the row ({@code [57]}) and the key when the source is not in the layout
     */
    public static ConvertedTable convert(byte[] json, String source, AnnexProfile profile, String reference) {
        JsonNode root = CooJson.strict().read(json, JsonNode.class, source);
        if (!root.isArray()) {
            throw new InvalidInputException(source, "", "expected a JSON array of rows (the customs layout), found "
                    + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (root.size() == 0) {
            throw new InvalidInputException(source, "", "no rows: the array is empty");
        }
        if (root.size() > MAX_ROWS) {
            throw new InvalidInputException(source, "", "more than " + MAX_ROWS + " rows: not an annex");
        }
        Set<String> keys = keys(root, source);
        AnnexConverter c = new AnnexConverter(source, profile, reference);
        List<String> notes = new ArrayList<>();
        notes.add(profile.note());
        if (keys.contains(OLDER_CODE) || keys.contains(NEWER_CODE)) {
            c.transposition(root, keys, notes);
        } else {
            c.annex(root, keys, notes);
        }
        c.flagged.forEach((flag, n) -> notes.add(ConvertedTable.rows(n, "flagged " + flag)));
        return new ConvertedTable(c.csv.bytes(), c.csv.records() - 1, c.origins, notes);
    }

    /** The keys of the first row, after checking that every row has exactly those. */
    private static Set<String> keys(JsonNode root, String source) {
        Set<String> first = null;
        for (int i = 0; i < root.size(); i++) {
            JsonNode row = root.get(i);
            if (!row.isObject()) {
                throw new InvalidInputException(source, "[" + i + "]", "expected an object (one row of the annex)");
            }
            Set<String> keys = new LinkedHashSet<>();
            row.fieldNames().forEachRemaining(keys::add);
            if (first == null) {
                first = keys;
                continue;
            }
            for (String k : first) {
                if (!keys.contains(k)) {
                    throw new InvalidInputException(source, "[" + i + "]", "key \"" + k + "\" missing: every row of this"
                            + " annex has " + String.join(", ", first) + ", as row [0] does");
                }
            }
            for (String k : keys) {
                if (!first.contains(k)) {
                    throw new InvalidInputException(source, "[" + i + "]." + k, "key \"" + k + "\" is not one of row [0]'s ("
                            + String.join(", ", first) + ")");
                }
            }
        }
        return first;
    }

    private void annex(JsonNode root, Set<String> keys, List<String> notes) {
        String ruleKey = one(keys, RULE_KEYS, "rule", true);
        String descriptionKey = one(keys, DESCRIPTION_KEYS, "description", false);
        for (String k : keys) {
            if (!k.equals(CHAPTER) && !k.equals(HEADING) && !k.equals(SUBHEADING) && !k.equals(ruleKey) && !k.equals(descriptionKey)) {
                throw new InvalidInputException(source, "[0]." + k, "key \"" + k + "\" is not one of the customs layout's ("
                        + CHAPTER + ", " + HEADING + ", " + SUBHEADING + ", " + String.join(" or ", RULE_KEYS) + ", "
                        + String.join(" or ", DESCRIPTION_KEYS) + "; or a transposition table's " + OLDER_CODE + " / " + NEWER_CODE + ")");
            }
        }
        if (!keys.contains(CHAPTER) && !keys.contains(HEADING) && !keys.contains(SUBHEADING)) {
            throw new InvalidInputException(source, "[0]", "no code: expected " + CHAPTER + ", " + HEADING + " or " + SUBHEADING);
        }
        Map<String, Integer> seen = new HashMap<>();
        int captions = 0;
        int chapterCaptions = 0;
        int repeatsDropped = 0;
        int repeatsAsHeading = 0;
        for (int i = 0; i < root.size(); i++) {
            JsonNode r = root.get(i);
            String rule = text(r, i, ruleKey);
            if (rule == null || strip(rule).isEmpty()) {
                captions++;
                continue;
            }
            List<String> flags = new ArrayList<>();
            String chapter = code(r, i, CHAPTER, 2, flags);
            String heading = code(r, i, HEADING, 4, flags);
            String subheading = code(r, i, SUBHEADING, 6, flags);
            if (chapter != null && heading != null && !heading.startsWith(chapter)) {
                chapterCaptions++; // a chapter's caption row carrying the heading of the row above
                continue;
            }
            String code;
            String level;
            if (subheading != null) {
                Integer first = seen.putIfAbsent(subheading, i);
                if (first == null) {
                    code = subheading;
                    level = "subheading";
                    if (heading != null && !subheading.startsWith(heading)) {
                        flags.add("SOURCE_HEADING_COLUMN_SAYS_" + heading);
                    }
                } else {
                    switch (profile.repeated()) {
                        case DROP -> {
                            repeatsDropped++;
                            continue;
                        }
                        case HEADING -> {
                            if (heading == null) {
                                throw new InvalidInputException(source, at(i, SUBHEADING), "subheading " + subheading
                                        + " repeats row [" + first + "], and the row names no heading to read it as");
                            }
                            repeatsAsHeading++;
                        }
                        default -> throw new InvalidInputException(source, at(i, SUBHEADING), "subheading " + subheading
                                + " repeats row [" + first + "]; this annex has one row per subheading");
                    }
                    code = heading;
                    level = "heading";
                }
            } else if (heading != null) {
                code = heading;
                level = "heading";
            } else if (chapter != null) {
                code = chapter;
                level = "chapter";
            } else {
                throw new InvalidInputException(source, "[" + i + "]", "a rule without a code: " + String.join(", ",
                        List.of(CHAPTER, HEADING, SUBHEADING)) + " are all empty");
            }
            Matcher target = TARGET.matcher(rule);
            if (target.find()) {
                String to = target.group(2).replace(".", "");
                if (!to.equals(code) && !(level.equals("subheading") && to.equals(code.substring(0, 4)))) {
                    flags.add("SUSPECT_FORWARD_FILL: rule text targets " + target.group(1) + " " + target.group(2));
                }
            }
            String description = descriptionKey == null ? "" : text(r, i, descriptionKey);
            write(i, profile.versionOnRows(), code, level, rule, description, flags);
        }
        note(notes, captions, "without a rule (captions) left out");
        note(notes, chapterCaptions, "of chapter captions carrying another chapter's heading (filled from the row above) left out");
        note(notes, repeatsDropped, "repeating an earlier row's subheading (captions filled from the row above) left out");
        note(notes, repeatsAsHeading, "repeating an earlier row's subheading read as their heading's row");
    }

    private void transposition(JsonNode root, Set<String> keys, List<String> notes) {
        Map<String, String> ruleKeys = new TreeMap<>(); // year -> key; oldest first
        Map<String, String> nameKeys = new TreeMap<>();
        for (String k : keys) {
            Matcher rule = EDITION_RULE.matcher(k);
            Matcher name = EDITION_NAME.matcher(k);
            if (rule.matches()) {
                ruleKeys.put(rule.group(1), k);
            } else if (name.matches()) {
                nameKeys.put(name.group(1), k);
            } else if (!k.equals(OLDER_CODE) && !k.equals(NEWER_CODE)) {
                throw new InvalidInputException(source, "[0]." + k, "key \"" + k + "\" is not one of a transposition table's ("
                        + OLDER_CODE + ", " + NEWER_CODE + ", <year>版品名, <year>版产品特定规则)");
            }
        }
        if (ruleKeys.size() != 2 || !keys.contains(OLDER_CODE) || !keys.contains(NEWER_CODE)) {
            throw new InvalidInputException(source, "[0]", "a transposition table has " + OLDER_CODE + " and " + NEWER_CODE
                    + " and a <year>版产品特定规则 for each of two editions; found " + String.join(", ", keys));
        }
        List<String> years = new ArrayList<>(ruleKeys.keySet());
        String older = years.get(0);
        String newer = years.get(1);
        int captions = 0;
        for (int i = 0; i < root.size(); i++) {
            JsonNode r = root.get(i);
            boolean wrote = side(r, i, NEWER_CODE, ruleKeys.get(newer), nameKeys.get(newer), "HS" + newer);
            wrote |= side(r, i, OLDER_CODE, ruleKeys.get(older), nameKeys.get(older), "HS" + older);
            if (!wrote) {
                captions++;
            }
        }
        note(notes, captions, "without a rule on either side (captions) left out");
    }

    /** One edition's side of a transposition row, written when it has a code and a rule. */
    private boolean side(JsonNode r, int i, String codeKey, String ruleKey, String nameKey, String version) {
        JsonNode value = r.get(codeKey);
        String rule = text(r, i, ruleKey);
        if (value.isNull() || rule == null || strip(rule).isEmpty()) {
            return false;
        }
        List<String> flags = new ArrayList<>();
        String code;
        if (value.isTextual()) {
            code = strip(value.asText()).replace(".", "");
            if (!TRANSPOSED_CODE.matcher(code).matches()) {
                throw new InvalidInputException(source, at(i, codeKey), "expected a heading (01.01) or subheading (0101.10),"
                        + " found \"" + value.asText() + "\"");
            }
        } else {
            code = code(r, i, codeKey, value.isNumber() && value.decimalValue().compareTo(BigDecimal.valueOf(100)) < 0 ? 4 : 6,
                    flags);
        }
        String description = nameKey == null ? "" : text(r, i, nameKey);
        write(i, version, code, code.length() == 4 ? "heading" : "subheading", rule, description, flags);
        return true;
    }

    private void write(int i, String version, String code, String level, String rule, String description, List<String> flags) {
        if (!profile.rowFlag().isEmpty()) {
            flags.add(profile.rowFlag());
        }
        for (String f : flags) {
            flagged.merge(f.contains(":") ? f.substring(0, f.indexOf(':')) : f, 1, Integer::sum);
        }
        int line = csv.record(List.of(profile.label(), version, code, level, profile.ruleTextAsPublished() ? rule : strip(rule),
                reference + "#[" + i + "]", description == null ? "" : strip(description), String.join("; ", flags)));
        origins.put(line, new Origin(source, "[" + i + "]"));
    }

    private String one(Set<String> keys, List<String> candidates, String what, boolean required) {
        List<String> found = candidates.stream().filter(keys::contains).toList();
        if (found.size() > 1 || required && found.isEmpty()) {
            throw new InvalidInputException(source, "[0]", "expected one " + what + " key, " + String.join(" or ", candidates)
                    + "; found " + (found.isEmpty() ? "none" : String.join(" and ", found)));
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private String text(JsonNode r, int i, String key) {
        JsonNode v = r.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidInputException(source, at(i, key), "expected text or null, found " + v.getNodeType().name()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        return v.asText();
    }

    /**
     * A chapter (2 digits), heading (4) or subheading (6) as the layout stores it: text ({@code 01.01}, {@code 0101.10},
     * the digits alone) or a number whose leading zeros were lost ({@code 1.0}, {@code 1.01} or {@code 101.0},
     * {@code 101.1} or {@code 842831.0}, also when stored as text: {@code "38.2"}); null when the cell is empty or the
     * key absent. A number with more decimals than the code has ({@code 9305.901}) is read rounded, as the pack's
     * first conversion read it, and the row flagged {@code SOURCE_CODE_ROUNDED}: which code was meant is unknown.
     */
    private String code(JsonNode r, int i, String key, int digits, List<String> flags) {
        JsonNode v = r.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        String code;
        String text = v.isTextual() ? strip(v.asText()) : null;
        boolean canonical = text != null && CANONICAL.get(digits).matcher(text).matches();
        if (canonical) {
            code = text.replace(".", "");
        } else if (v.isNumber() || text != null && NUMBER.matcher(text).matches()) {
            BigDecimal d = text != null ? new BigDecimal(text) : v.decimalValue();
            // The whole number when it has as many digits as the code could (301.0 is heading 03.01), else hundredths.
            boolean whole = digits == 2 || d.compareTo(BigDecimal.TEN.pow(digits - 2)) >= 0;
            BigDecimal scaled = whole ? d : d.movePointRight(2);
            BigDecimal rounded = scaled.setScale(0, RoundingMode.HALF_EVEN);
            code = String.format(java.util.Locale.ROOT, "%0" + digits + "d", rounded.longValue());
            if (rounded.signum() < 0 || code.length() != digits) {
                throw new InvalidInputException(source, at(i, key), "expected a code of " + digits + " digits, found "
                        + d.toPlainString());
            }
            if (scaled.subtract(rounded).abs().compareTo(NOISE) > 0) {
                flags.add("SOURCE_CODE_ROUNDED: " + d.stripTrailingZeros().toPlainString() + " read as "
                        + (digits == 2 ? code : code.substring(0, digits - 2) + "." + code.substring(digits - 2)));
            }
        } else if (text != null) {
            throw new InvalidInputException(source, at(i, key), "expected " + digits + " digits"
                    + (digits == 4 ? " or 01.01" : digits == 6 ? " or 0101.10" : "") + ", found \"" + v.asText() + "\"");
        } else {
            throw new InvalidInputException(source, at(i, key), "expected a code (a number or text), found "
                    + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (code.startsWith("00")) {
            throw new InvalidInputException(source, at(i, key), "chapter 00 does not exist: " + v.asText() + " is no HS code");
        }
        return code;
    }

    private static String at(int i, String key) {
        return "[" + i + "]." + key;
    }

    private static void note(List<String> notes, int n, String what) {
        if (n > 0) {
            notes.add(ConvertedTable.rows(n, what));
        }
    }

    /**
     * Strips what Python's {@code str.strip()} strips, which the pack's conversion used: every space character,
     * the no-break spaces and NEL included, not only {@link String#strip()}'s.
     */
    static String strip(String s) {
        int begin = 0;
        int end = s.length();
        while (begin < end && space(s.charAt(begin))) {
            begin++;
        }
        while (end > begin && space(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(begin, end);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
