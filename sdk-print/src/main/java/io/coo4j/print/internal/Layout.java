package io.coo4j.print.internal;

import java.util.List;
import java.util.Map;

/**
 * One printed form as data: every length in millimetres from the top-left corner of an A4 page,
 * read from {@code io/coo4j/print/layouts/<id>.json}. Drawing code knows field names, never coordinates.
 *
 * @param language          {@code EN} or {@code ZH} (ECFA and the Chinese documents need a CJK font)
 * @param upperCase         whether the form wants its data in capitals
 * @param confidential      what the producer box says for a confidential producer
 * @param closing           the line that closes the goods text ({@code ***}); empty for none
 * @param marking           where {@code ORIGINAL} / {@code COPY} goes, with the words for both
 * @param checks            check boxes ticked from the data (Form E box 13, RCEP box 17)
 * @param stamps            where seals and signatures go: {@code enterpriseSeal}, {@code declarantSignature},
 *                          {@code customsSeal}, {@code customsSignature}
 * @param pageNumber        where {@code page x of y} goes
 * @param source            where the boxes and titles come from (the forms and notes it was measured from), with what is inferred
 * @param overleaf          the back of each sheet (the form's notes) when the form is printed duplex; null for a
 *                          single-sided form
 */
public record Layout(
        String id,
        String source,
        String language,
        boolean upperCase,
        String confidential,
        String closing,
        Marking marking,
        List<Text> texts,
        List<Box> boxes,
        Goods goods,
        List<Check> checks,
        Map<String, Rect> stamps,
        PageNumber pageNumber,
        Overleaf overleaf) {

    public Layout {
        texts = texts == null ? List.of() : List.copyOf(texts);
        boxes = List.copyOf(boxes);
        checks = checks == null ? List.of() : List.copyOf(checks);
        stamps = stamps == null ? Map.of() : Map.copyOf(stamps);
        closing = closing == null ? "" : closing;
        confidential = confidential == null ? "AVAILABLE UPON REQUEST" : confidential;
    }

    /** Whether the form prints in Chinese. */
    public boolean chinese() {
        return "ZH".equals(language);
    }

    /** A rectangle, in mm from the page's top-left corner. */
    public record Rect(double x, double y, double w, double h) {
    }

    /** Fixed print: the title block and printed notes. {@code align} is LEFT, CENTER or RIGHT. */
    public record Text(String text, double x, double y, double w, double size, String align) {
    }

    /**
     * A numbered box. {@code field} names the data it holds (see {@code CertificateFields}); {@code text}
     * is printed wording the form carries in the box (a declaration), placed before the data.
     */
    public record Box(String number, String title, double x, double y, double w, double h, String field, String text) {
        public Rect rect() {
            return new Rect(x, y, w, h);
        }
    }

    /** The goods table: one column per box, {@code titleHeight} for the printed titles, rows below. */
    public record Goods(double x, double y, double h, double titleHeight, List<Column> columns) {
        public Goods {
            columns = List.copyOf(columns);
        }
    }

    /** A goods column; {@code field} names the goods value it shows. */
    public record Column(String number, String title, double w, String field) {
    }

    /** A check box, ticked when {@code when} holds for the certificate. */
    public record Check(String label, String when, double x, double y) {
    }

    /** Where the words ORIGINAL or COPY are printed. */
    public record Marking(double x, double y, double w, double size, String original, String copy) {
    }

    /** {@code format} takes the page and the count; {@code always} prints it on a one-page document too (ECFA). */
    public record PageNumber(double x, double y, double w, String format, boolean always) {
    }

    /**
     * The back page printed after every front page, when {@code when} holds for the certificate (a check-box
     * condition; null for always): the sheet is printed duplex. {@code texts} are wrapped to their width.
     */
    public record Overleaf(String when, List<Text> texts) {
        public Overleaf {
            texts = List.copyOf(texts);
        }
    }
}
