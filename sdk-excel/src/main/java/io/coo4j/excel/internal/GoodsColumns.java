package io.coo4j.excel.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.coo4j.core.CooException;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.ReferenceFile;
import io.coo4j.rules.OriginCriteria;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/** The goods columns of {@code io/coo4j/excel/goods-columns.json}, loaded once. Thread-safe. */
public final class GoodsColumns {
    private static final List<GoodsColumn> ALL = load();

    private GoodsColumns() {
    }

    /** Every column, in table order. */
    public static List<GoodsColumn> all() {
        return ALL;
    }

    /** The columns a certificate type's goods profile has, in table order. */
    public static List<GoodsColumn> of(CertificateType type) {
        return ALL.stream().filter(c -> c.appliesTo(type.goodsProfile())).toList();
    }

    /**
     * The example row's value of a column for a type: the table's example, except the criterion, which is the
     * type's first allowed one so that the example stays valid for every agreement.
     */
    public static String example(GoodsColumn column, CertificateType type, OriginCriteria criteria) {
        if (column.kind() == GoodsColumn.Kind.CRITERION) {
            List<String> codes = criteria.codes(type.code());
            return codes.isEmpty() ? column.example() : codes.get(0);
        }
        return column.example();
    }

    /**
     * Whether a header cell names the column: its Chinese or English header, or both (as the template writes
     * them), compared without case, spaces and line breaks.
     */
    public static boolean names(GoodsColumn column, String headerText) {
        String h = normalise(headerText);
        String zh = normalise(column.headerZh());
        String en = normalise(column.headerEn());
        return h.equals(zh) || h.equals(en) || h.equals(zh + en) || h.equals(en + zh);
    }

    private static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static List<GoodsColumn> load() {
        CooJson json = CooJson.strict();
        JavaType type = json.type(ReferenceFile.class, GoodsColumn.class);
        String name = "io/coo4j/excel/goods-columns.json";
        try (InputStream in = GoodsColumns.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new CooException(name + " is missing from the class path");
            }
            ReferenceFile<GoodsColumn> file = json.read(in, type, name + " (built-in)");
            return List.copyOf(file.entries());
        } catch (IOException e) {
            throw new CooException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
