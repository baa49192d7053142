package io.coo4j.excel.internal;

import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.CodeEntry;
import io.coo4j.core.reference.CodeTable;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.rules.OriginCriteria;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Converts the cells of one certificate type's goods columns to field values, or says in one sentence why a cell
 * cannot be one. Immutable and thread-safe once built.
 */
public final class CellConverter {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReferenceData ref;
    private final Map<String, String> units;
    private final Map<String, String> packageKinds;
    private final List<String> criteria;
    private final List<String> subCriteria;

    public CellConverter(ReferenceData ref, OriginCriteria originCriteria, CertificateType type) {
        this.ref = ref;
        this.units = lookup(ref.units());
        this.packageKinds = lookup(ref.packageKinds());
        this.criteria = originCriteria.codes(type.code());
        this.subCriteria = originCriteria.subCriteria(type.code());
    }

    /** The value of {@code cell} for {@code column}, or null for an empty cell. */
    public Object convert(GoodsColumn column, RawCell cell) throws CellProblem {
        if (cell == null) {
            return null;
        }
        if (cell.type() == RawCell.Type.ERROR) {
            throw new CellProblem("the cell holds an error value (" + cell.text() + ")");
        }
        if (cell.type() == RawCell.Type.FORMULA) {
            // A text formula can reach out (DDE, WEBSERVICE, HYPERLINK), and a number's cached result is whatever the
            // file says (=1+1 stored as 999999): only a typed value is accepted.
            throw new CellProblem("the cell holds a formula; type its value instead");
        }
        String text = cell.text() == null ? "" : cell.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        boolean number = cell.type() == RawCell.Type.NUMBER;
        return switch (column.kind()) {
            case TEXT, CATALOGUE_CODE -> text(text, number);
            case HS_CODE -> hsCode(text, number);
            case INTEGER -> integer(text, 0, Long.MAX_VALUE);
            case TAX_RATE_FLAG -> (int) integer(text, 0, 2);
            case DECIMAL -> decimal(text, null);
            case PERCENT -> decimal(text, HUNDRED);
            case FLAG -> flag(cell.type(), text);
            case UNIT -> code(text, units, "a unit code");
            case PACKAGE_KIND -> code(text, packageKinds, "a package kind");
            case CRITERION -> choice(text, criteria, "an origin criterion of this certificate type");
            case SUB_CRITERION -> choice(text, subCriteria, "an origin sub-criterion of this certificate type");
            case COUNTRY -> country(text);
        };
    }

    private static String text(String text, boolean number) throws CellProblem {
        if (number) {
            return plain(text); // an invoice number typed as 12345 is stored as a number
        }
        if (FormulaText.looksLikeFormula(text)) {
            throw new CellProblem("the text starts with '" + text.charAt(0)
                    + "' and would run as a formula (formula injection); remove that character");
        }
        return text;
    }

    private static String hsCode(String text, boolean number) throws CellProblem {
        String digits = number ? plain(text) : text.replace(".", "").replace(" ", "");
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new CellProblem("'" + text + "' is not an HS code (6, 8 or 10 digits)");
        }
        if (number && digits.length() % 2 == 1) {
            // A number cell drops the leading zero of chapters 01-09 (010121 becomes 10121): restore it.
            digits = "0" + digits;
        }
        if (digits.length() != 6 && digits.length() != 8 && digits.length() != 10) {
            throw new CellProblem("'" + text + "' is not an HS code (6, 8 or 10 digits)");
        }
        return digits;
    }

    private static long integer(String text, long min, long max) throws CellProblem {
        BigDecimal d = number(text);
        try {
            long v = d.longValueExact();
            if (v < min || v > max) {
                throw new CellProblem(text + " is out of range (" + min + " to " + max + ")");
            }
            return v;
        } catch (ArithmeticException e) {
            throw new CellProblem("'" + text + "' is not a whole number");
        }
    }

    private static BigDecimal decimal(String text, BigDecimal max) throws CellProblem {
        BigDecimal d = number(text);
        if (d.signum() < 0) {
            throw new CellProblem(text + " is negative");
        }
        if (max != null && d.compareTo(max) > 0) {
            throw new CellProblem(text + " is over " + max);
        }
        return d;
    }

    /** A number as written, canonical: {@code 1000.0} and {@code 1E3} both read as {@code 1000}. */
    private static BigDecimal number(String text) throws CellProblem {
        try {
            if (text.length() > 64) {
                throw new NumberFormatException();
            }
            BigDecimal d = new BigDecimal(text.replace(",", "")).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0) : d;
        } catch (NumberFormatException e) {
            throw new CellProblem("'" + abbreviate(text) + "' is not a number");
        }
    }

    private static String plain(String text) throws CellProblem {
        return number(text).toPlainString();
    }

    private static Boolean flag(RawCell.Type type, String text) throws CellProblem {
        String t = text.toUpperCase(Locale.ROOT);
        if (type == RawCell.Type.BOOLEAN) {
            return Boolean.valueOf(t.equals("TRUE") || t.equals("1"));
        }
        return switch (t) {
            case "Y", "YES", "是", "TRUE", "1" -> true;
            case "N", "NO", "否", "FALSE", "0" -> false;
            default -> throw new CellProblem("'" + abbreviate(text) + "' is not Y or N (是/否)");
        };
    }

    private static String code(String text, Map<String, String> table, String what) throws CellProblem {
        String code = table.get(text.toUpperCase(Locale.ROOT));
        if (code == null) {
            throw new CellProblem("'" + abbreviate(text) + "' is not " + what + " (see the template's lists)");
        }
        return code;
    }

    private static String choice(String text, List<String> allowed, String what) throws CellProblem {
        if (allowed.isEmpty()) {
            return text(text, false); // no confirmed list for the type: taken as written, the validator judges it
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(text)) {
                return a;
            }
        }
        throw new CellProblem("'" + abbreviate(text) + "' is not " + what + " (" + String.join(", ", allowed) + ")");
    }

    private String country(String text) throws CellProblem {
        String code = text.toUpperCase(Locale.ROOT);
        if (!ref.countries().exists(code)) {
            throw new CellProblem("'" + abbreviate(text) + "' is not a country code (ISO 3166-1 alpha-2, e.g. CN)");
        }
        return code;
    }

    /** Code and Chinese name, upper-cased, to the code: a cell may hold {@code PCS} or {@code 个}. */
    private static Map<String, String> lookup(CodeTable table) {
        Map<String, String> map = new HashMap<>();
        for (CodeEntry e : table.entries()) {
            if (e.nameZh() != null) {
                map.putIfAbsent(e.nameZh(), e.code());
            }
        }
        for (CodeEntry e : table.entries()) {
            map.put(e.code().toUpperCase(Locale.ROOT), e.code());
        }
        return map;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
