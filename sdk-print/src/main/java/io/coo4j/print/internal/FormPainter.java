package io.coo4j.print.internal;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.print.PrintMode;
import io.coo4j.print.RenderOptions;
import io.coo4j.print.Rendered;
import io.coo4j.print.seal.SealDesign;
import io.coo4j.print.seal.Stamp;
import io.coo4j.print.seal.StampImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Paints a certificate into a layout: the form (lines, titles, printed wording) in standard mode, the data
 * always, goods continued over as many pages as they need, then the background, seals and signatures.
 * Thread-safe: all state of one document lives in the call.
 */
public final class FormPainter {
    /** Data text size, and the smallest it shrinks to so a full box still fits. */
    private static final float DATA_SIZE = 8f;
    private static final float MIN_SIZE = 5.5f;
    private static final float TITLE_SIZE = 6f;
    private static final float LEADING = 1.18f;
    private static final double INSET = 1.2;
    /** docs/domain.md, "Self-print": more than 10 pages → overlay advised. */
    private static final int PAGES_ADVISING_OVERLAY = 10;

    private final Layouts layouts;
    private final FontBank fonts;
    private final ReferenceData reference;
    private final RasterStamps rasters = new RasterStamps();

    public FormPainter(Layouts layouts, FontBank fonts, ReferenceData reference) {
        this.layouts = layouts;
        this.fonts = fonts;
        this.reference = reference;
    }

    public Layout layout(String id) {
        return layouts.get(id);
    }

    public Rendered render(Certificate c, String layoutId, RenderOptions o) {
        Layout layout = layouts.get(layoutId);
        try (PDDocument doc = new PDDocument(); PdfFont font = fonts.forDocument(doc)) {
            if (layout.chinese() && !font.cjk()) {
                throw new InvalidInputException("certificate", "type", "the " + layoutId
                        + " form prints in Chinese and needs a CJK font: add io.coo4j:sdk-print-font-sc or use FontProvider.trueType");
            }
            CertificateFields fields = new CertificateFields(c, layout, font, reference);
            List<Placed> boxes = placeBoxes(layout, fields, font, o);
            List<List<String[]>> pageRows = paginate(goodsRows(layout, c, fields, font, o),
                    layout.goods() == null ? Integer.MAX_VALUE : rowsPerPage(layout.goods()));
            int pages = pageRows.size();
            List<String> warnings = new ArrayList<>();
            if (pages > PAGES_ADVISING_OVERLAY) {
                warnings.add("PAGES_OVER_10: " + pages + " pages; overlay printing (套打) is advised above "
                        + PAGES_ADVISING_OVERLAY);
            }
            Layers layers = layers(doc, layout, font, o, boxes, fields.box("typeNameEn"));
            // the overleaf goes on the back of each sheet, so it follows every front page (duplex)
            Layout.Overleaf overleaf = layout.overleaf() != null && o.mode() == PrintMode.STANDARD
                    && (layout.overleaf().when() == null || ticked(layout.overleaf().when(), c)) ? layout.overleaf() : null;
            for (int p = 0; p < pages; p++) {
                page(doc, layout, font, c, o, boxes, layers, pageRows.get(p), p + 1, pages);
                if (overleaf != null) {
                    overleafPage(doc, overleaf, font, fields.box("typeNameEn"));
                }
            }
            return new Rendered(save(doc, c, o), doc.getNumberOfPages(), warnings);
        } catch (IOException e) {
            throw PdfFault.of(e);
        }
    }

    /** A box with its title lines and its data lines, fitted. */
    private record Placed(Layout.Box box, List<String> title, List<String> text, List<String> data, float size, double dataTop) {
    }

    private static List<Placed> placeBoxes(Layout layout, CertificateFields fields, PdfFont font, RenderOptions o) {
        List<Placed> out = new ArrayList<>();
        for (Layout.Box box : layout.boxes()) {
            float width = (float) ((box.w() - 2 * INSET) * Canvas.PT_PER_MM);
            String heading = box.number() == null || box.number().isEmpty() ? orEmpty(box.title())
                    : box.number() + ". " + orEmpty(box.title());
            List<String> title = heading.isBlank() ? List.of() : TextWrap.lines(heading, font, TITLE_SIZE, width, false);
            List<String> text = box.text() == null ? List.of() : TextWrap.lines(box.text(), font, TITLE_SIZE, width, false);
            double top = box.y() + INSET + (title.size() + text.size()) * mm(TITLE_SIZE) + (title.isEmpty() ? 0 : 0.8);
            String value = box.field() == null ? "" : fields.box(box.field());
            double room = box.y() + box.h() - INSET - top;
            float size = DATA_SIZE;
            List<String> data = TextWrap.lines(value, font, size, width, o.hyphenate());
            while (data.size() * mm(size) > room && size > MIN_SIZE) {
                size -= 0.5f;
                data = TextWrap.lines(value, font, size, width, o.hyphenate());
            }
            if (data.size() * mm(size) > room) {
                throw overflow(box, fields, data.size(), (int) (room / mm(size)), size, width, font, o);
            }
            out.add(new Placed(box, title, text, data, size, top));
        }
        return out;
    }

    /**
     * A box that cannot hold its text, named by what filled it: the box's own field, unless what coo4j adds there (an
     * RCEP back-to-back certificate's original proof in box 14, third-party invoicing, the exhibition) takes the room
     * alone; then the fields that text comes from. The lines are counted at the smallest size tried.
     */
    private static InvalidInputException overflow(Layout.Box box, CertificateFields fields, int lines, int fit, float size,
                                                  float width, PdfFont font, RenderOptions o) {
        String where = "box " + box.number() + " of the form";
        List<CertificateFields.Added> added = fields.added(box.field());
        if (added.isEmpty()) {
            return new InvalidInputException("certificate", box.field(), "too long for " + where + ": " + lines
                    + " lines where " + fit + " fit");
        }
        int addedLines = 0;
        List<String> paths = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (CertificateFields.Added a : added) {
            int n = TextWrap.lines(a.text(), font, size, width, o.hyphenate()).size();
            addedLines += n;
            paths.add(a.path());
            parts.add(a.what() + " (" + a.path() + ", " + lines(n) + ")");
        }
        String addedText = "coo4j prints " + String.join(" and ", parts) + " in " + where;
        if (addedLines > fit) {
            return new InvalidInputException("certificate", String.join(", ", paths), addedText + ", which holds "
                    + lines(fit) + ": shorten " + String.join(" or ", paths));
        }
        return new InvalidInputException("certificate", box.field(), "too long for " + where + ": " + lines
                + " lines where " + fit + " fit; " + addedText + " too, which leaves " + lines(fit - addedLines)
                + " for the text of " + box.field() + ", which needs " + (lines - addedLines));
    }

    private static String lines(int n) {
        return n == 1 ? "1 line" : n + " lines";
    }

    /** Every goods line wrapped into its columns, one block of rows per line, then the closing text. */
    private static List<List<String[]>> goodsRows(Layout layout, Certificate c, CertificateFields fields, PdfFont font, RenderOptions o) {
        Layout.Goods g = layout.goods();
        List<List<String[]>> blocks = new ArrayList<>();
        if (g == null) {
            return blocks;
        }
        int n = g.columns().size();
        List<List<String>> cells = new ArrayList<>(n);
        for (int i = 0; i < c.goods().size(); i++) {
            cells.clear();
            int height = 0;
            for (Layout.Column col : g.columns()) {
                List<String> lines = TextWrap.lines(fields.goods(i, col.field()), font, DATA_SIZE, colWidth(col), o.hyphenate());
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            List<String[]> rows = new ArrayList<>(height);
            for (int r = 0; r < height; r++) {
                String[] row = new String[n];
                for (int k = 0; k < n; k++) {
                    row[k] = r < cells.get(k).size() ? cells.get(k).get(r) : "";
                }
                rows.add(row);
            }
            blocks.add(rows);
        }
        List<String[]> closing = new ArrayList<>();
        boolean remarksBox = layout.boxes().stream().anyMatch(b -> "remarks".equals(b.field()));
        int desc = descriptionColumn(g);
        for (String line : TextWrap.lines(fields.afterGoods(remarksBox), font, DATA_SIZE, colWidth(g.columns().get(desc)), o.hyphenate())) {
            String[] row = new String[n];
            java.util.Arrays.fill(row, "");
            row[desc] = line;
            closing.add(row);
        }
        blocks.add(closing);
        return blocks;
    }

    /**
     * Rows onto pages: a goods line stays on one page when it fits on a page at all, and only a line longer
     * than a whole page (a 5,000-character description) is split across pages. Always at least one page.
     */
    private static List<List<String[]>> paginate(List<List<String[]>> blocks, int perPage) {
        List<List<String[]>> pages = new ArrayList<>();
        List<String[]> page = new ArrayList<>();
        pages.add(page);
        for (List<String[]> block : blocks) {
            if (page.size() + block.size() > perPage && !page.isEmpty() && block.size() <= perPage) {
                page = new ArrayList<>();
                pages.add(page);
            }
            for (String[] row : block) {
                if (page.size() == perPage) {
                    page = new ArrayList<>();
                    pages.add(page);
                }
                page.add(row);
            }
        }
        return pages;
    }

    private static int descriptionColumn(Layout.Goods g) {
        for (int k = 0; k < g.columns().size(); k++) {
            if (g.columns().get(k).field().startsWith("description")) {
                return k;
            }
        }
        return 0;
    }

    private static float colWidth(Layout.Column col) {
        return (float) ((col.w() - 2 * INSET) * Canvas.PT_PER_MM);
    }

    private static int rowsPerPage(Layout.Goods g) {
        return Math.max(1, (int) ((g.h() - g.titleHeight() - 2 * INSET) / mm(DATA_SIZE)));
    }

    /** What is the same on every page, drawn once per document as form XObjects; null when absent. */
    private record Layers(PDFormXObject background, PDFormXObject form, PDFormXObject stamps) {
    }

    private Layers layers(PDDocument doc, Layout layout, PdfFont font, RenderOptions o, List<Placed> boxes, String typeName)
            throws IOException {
        boolean standard = o.mode() == PrintMode.STANDARD;
        float heightMm = PDRectangle.A4.getHeight() / Canvas.PT_PER_MM;
        PDFormXObject background = standard && !o.copy() && o.background() ? Background.form(doc) : null;
        PDFormXObject form = !standard ? null : layer(doc, cs -> {
            Canvas cv = new Canvas(cs, heightMm, 0, 0);
            cv.fillColor(0, 0, 0);
            drawForm(cv, layout, font, boxes, typeName);
            drawCheckBoxes(cv, layout, font);
        });
        boolean anyStamp = o.enterpriseSeal() != null || o.declarantSignature() != null || o.customsSeal() != null
                || o.customsSignature() != null;
        PDFormXObject stamps = !anyStamp ? null : layer(doc, cs -> drawStamps(doc,
                new Canvas(cs, heightMm, standard ? 0 : o.offsetXMm(), standard ? 0 : o.offsetYMm()), layout, font, o));
        return new Layers(background, form, stamps);
    }

    private interface LayerPainter {
        void paint(PDPageContentStream cs) throws IOException;
    }

    private static PDFormXObject layer(PDDocument doc, LayerPainter painter) throws IOException {
        PDAppearanceStream xo = new PDAppearanceStream(doc);
        xo.setBBox(PDRectangle.A4);
        xo.setResources(new PDResources());
        try (PDPageContentStream cs = new PDPageContentStream(doc, xo, xo.getContentStream().createOutputStream(COSName.FLATE_DECODE))) {
            painter.paint(cs);
        }
        return xo;
    }

    private void page(PDDocument doc, Layout layout, PdfFont font, Certificate c, RenderOptions o, List<Placed> boxes,
            Layers layers, List<String[]> rows, int number, int pages) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float heightMm = PDRectangle.A4.getHeight() / Canvas.PT_PER_MM;
        boolean standard = o.mode() == PrintMode.STANDARD;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            if (layers.background != null) {
                cs.drawForm(layers.background);
            }
            if (layers.form != null) {
                cs.drawForm(layers.form);
            }
            Canvas data = new Canvas(cs, heightMm, standard ? 0 : o.offsetXMm(), standard ? 0 : o.offsetYMm());
            data.fillColor(0, 0, 0);
            drawMarking(data, layout, font, o, standard);
            for (Placed p : boxes) {
                double y = p.dataTop;
                for (String line : p.data) {
                    y += mm(p.size);
                    data.text(font, p.size, p.box.x() + INSET, y - mm(p.size) * 0.25, line);
                }
            }
            drawGoods(data, layout.goods(), font, rows);
            drawTicks(data, layout, c);
            drawPageNumber(data, layout, font, number, pages);
            if (layers.stamps != null) {
                cs.drawForm(layers.stamps);
            }
        }
    }

    /** The back of a sheet: the form's notes, on a plain page. */
    private static void overleafPage(PDDocument doc, Layout.Overleaf overleaf, PdfFont font, String typeName) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            Canvas cv = new Canvas(cs, PDRectangle.A4.getHeight() / Canvas.PT_PER_MM, 0, 0);
            cv.fillColor(0, 0, 0);
            drawTexts(cv, overleaf.texts(), font, typeName, true);
        }
    }

    /** The printed form; {@code {type}} in a printed text is the certificate type's name (one FTA layout, many agreements). */
    private static void drawForm(Canvas cv, Layout layout, PdfFont font, List<Placed> boxes, String typeName) {
        drawTexts(cv, layout.texts(), font, typeName, false);
        drawFormLines(cv, layout, font, boxes);
    }

    /** Fixed texts at their places, split at line breaks and, when {@code wrap}, wrapped to their width. */
    private static void drawTexts(Canvas cv, List<Layout.Text> texts, PdfFont font, String typeName, boolean wrap) {
        for (Layout.Text t : texts) {
            String text = t.text().replace("{type}", typeName);
            List<String> lines = wrap ? TextWrap.lines(text, font, (float) t.size(), (float) (t.w() * Canvas.PT_PER_MM), false)
                    : List.of(text.split("\n"));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                double w = font.width(line) * t.size() / Canvas.PT_PER_MM;
                double x = switch (t.align() == null ? "LEFT" : t.align()) {
                    case "CENTER" -> t.x() + (t.w() - w) / 2;
                    case "RIGHT" -> t.x() + t.w() - w;
                    default -> t.x();
                };
                cv.text(font, (float) t.size(), x, t.y() + (i + 1) * mm((float) t.size()), line);
            }
        }
    }

    private static void drawFormLines(Canvas cv, Layout layout, PdfFont font, List<Placed> boxes) {
        // Text first, lines after: a PDF path must be painted before any text operator starts.
        for (Placed p : boxes) {
            double y = p.box.y() + INSET;
            for (List<String> lines : List.of(p.title, p.text)) {
                for (String line : lines) {
                    y += mm(TITLE_SIZE);
                    cv.text(font, TITLE_SIZE, p.box.x() + INSET, y - 0.5, line);
                }
            }
        }
        Layout.Goods g = layout.goods();
        if (g != null) {
            double x = g.x();
            for (Layout.Column col : g.columns()) {
                double y = g.y() + INSET;
                for (String line : TextWrap.lines(col.number() + ". " + col.title(), font, TITLE_SIZE, colWidth(col), false)) {
                    y += mm(TITLE_SIZE);
                    cv.text(font, TITLE_SIZE, x + INSET, y - 0.5, line);
                }
                x += col.w();
            }
            double width = x - g.x();
            cv.rect(g.x(), g.y(), width, g.h());
            cv.line(g.x(), g.y() + g.titleHeight(), g.x() + width, g.y() + g.titleHeight());
            x = g.x();
            for (Layout.Column col : g.columns().subList(0, g.columns().size() - 1)) {
                x += col.w();
                cv.line(x, g.y(), x, g.y() + g.h());
            }
        }
        for (Placed p : boxes) {
            cv.rect(p.box.x(), p.box.y(), p.box.w(), p.box.h());
        }
        cv.stroke(0.6f, 0, 0, 0);
    }

    private static void drawMarking(Canvas cv, Layout layout, PdfFont font, RenderOptions o, boolean standard) {
        Layout.Marking m = layout.marking();
        if (m == null || (!standard && !o.copy())) {
            return;
        }
        String word = o.copy() ? m.copy() : m.original();
        double w = font.width(word) * m.size() / Canvas.PT_PER_MM;
        cv.text(font, (float) m.size(), m.x() + (m.w() - w) / 2, m.y() + mm((float) m.size()) * 0.8, word);
    }

    private static void drawGoods(Canvas cv, Layout.Goods g, PdfFont font, List<String[]> rows) {
        if (g == null) {
            return;
        }
        double y = g.y() + g.titleHeight() + INSET;
        for (String[] row : rows) {
            y += mm(DATA_SIZE);
            double x = g.x();
            for (int k = 0; k < row.length; k++) {
                cv.text(font, DATA_SIZE, x + INSET, y - mm(DATA_SIZE) * 0.25, row[k]);
                x += g.columns().get(k).w();
            }
        }
    }

    private static void drawCheckBoxes(Canvas form, Layout layout, PdfFont font) {
        for (Layout.Check check : layout.checks()) {
            form.text(font, TITLE_SIZE, check.x() + 4.2, check.y() + 2.6, check.label());
        }
        for (Layout.Check check : layout.checks()) {
            form.rect(check.x(), check.y(), 3, 3);
        }
        form.stroke(0.5f, 0, 0, 0);
    }

    private static void drawTicks(Canvas data, Layout layout, Certificate c) {
        boolean any = false;
        for (Layout.Check check : layout.checks()) {
            if (ticked(check.when(), c)) {
                data.line(check.x() + 0.5, check.y() + 0.5, check.x() + 2.5, check.y() + 2.5);
                data.line(check.x() + 0.5, check.y() + 2.5, check.x() + 2.5, check.y() + 0.5);
                any = true;
            }
        }
        if (any) {
            data.stroke(0.8f, 0, 0, 0);
        }
    }

    /** The data behind a check box (Form E box 13, RCEP box 17). */
    private static boolean ticked(String when, Certificate c) {
        return switch (when) {
            case "exhibition" -> c.exhibition() != null;
            case "thirdParty" -> !c.nonPartyCompanies().isEmpty();
            case "backToBack" -> c.backToBack() != null;
            case "retroactive" -> c.transport() != null && c.transport().departureDate() != null
                    && c.applicationDate() != null && c.applicationDate().isAfter(c.transport().departureDate());
            default -> throw new InvalidInputException("layout", when, "no check box condition of this name");
        };
    }

    private static void drawPageNumber(Canvas cv, Layout layout, PdfFont font, int number, int pages) {
        Layout.PageNumber pn = layout.pageNumber();
        if (pn == null || (pages == 1 && !pn.always())) {
            return;
        }
        String text = String.format(pn.format(), number, pages);
        double w = font.width(text) * DATA_SIZE / Canvas.PT_PER_MM;
        cv.text(font, DATA_SIZE, pn.x() + (pn.w() - w) / 2, pn.y() + mm(DATA_SIZE), text);
    }

    private void drawStamps(PDDocument doc, Canvas cv, Layout layout, PdfFont font, RenderOptions o) throws IOException {
        Map<String, Stamp> stamps = new java.util.LinkedHashMap<>();
        stamps.put("declarantSignature", o.declarantSignature());
        stamps.put("enterpriseSeal", o.enterpriseSeal());
        stamps.put("customsSignature", o.customsSignature());
        stamps.put("customsSeal", o.customsSeal());
        boolean multiplied = false;
        for (Map.Entry<String, Stamp> e : stamps.entrySet()) {
            Layout.Rect at = layout.stamps().get(e.getKey());
            Stamp stamp = e.getValue();
            if (stamp == null || at == null) {
                continue;
            }
            if (!multiplied) {
                // Ink on paper darkens what is under it: a seal over text leaves the text readable.
                PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                gs.setBlendMode(BlendMode.MULTIPLY);
                cv.stream().setGraphicsStateParameters(gs);
                multiplied = true;
            }
            float cx = cv.x(at.x() + at.w() / 2);
            float cy = cv.y(at.y() + at.h() / 2);
            if (stamp instanceof SealDesign seal) {
                SealPainter.paint(cv, font, seal, cx, cy);
            } else if (stamp instanceof StampImage image) {
                float w = (float) (image.widthMm() * Canvas.PT_PER_MM);
                float h = (float) (image.heightMm() * Canvas.PT_PER_MM);
                cv.stream().drawImage(rasters.image(doc, image), new Matrix(w, 0, 0, h, cx - w / 2, cy - h / 2));
            }
        }
    }

    private static byte[] save(PDDocument doc, Certificate c, RenderOptions o) throws IOException {
        doc.getDocumentInformation().setProducer("coo4j");
        doc.getDocumentInformation().setTitle(c.number() == null ? "certificate of origin" : c.number());
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        if (o.fixedTime() != null) {
            when.setTimeInMillis(o.fixedTime().toEpochMilli());
            byte[] id = digest(c.number() + "|" + o.fixedTime() + "|" + doc.getNumberOfPages());
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        }
        doc.getDocumentInformation().setCreationDate(when);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        doc.save(out);
        return out.toByteArray();
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new CooException("this Java runtime has no MD5, which every Java runtime must have", e);
        }
    }

    /** Line height in mm of text at {@code size} pt. */
    private static double mm(float size) {
        return size * LEADING / Canvas.PT_PER_MM;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
