package io.coo4j.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.print.internal.CertificateFields;
import io.coo4j.print.internal.FontBank;
import io.coo4j.print.internal.PdfFont;
import io.coo4j.print.internal.Layout;
import io.coo4j.print.internal.Layouts;
import io.coo4j.print.internal.PdfFont;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 4 "how it is checked": every field of every sample certificate is read back from inside its box. */
class CertificateRenderingTest {
    private static final Layouts LAYOUTS = new Layouts(null);
    private static final FontBank FONTS = new FontBank(FontProvider.notoSansSc());

    static List<Path> samples() {
        return Samples.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyFieldSitsInItsBox(Path file) throws IOException {
        Certificate c = Samples.read(file);
        Rendered r = Samples.CJK.render(c, Samples.fixed().build());
        String family = ReferenceData.defaults().certificateType(c.type()).orElseThrow().formFamily();
        Layout layout = LAYOUTS.get(family);
        List<Layout.Rect> rects = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> what = new ArrayList<>();
        try (PDDocument out = Pdfs.load(r.pdf()); PDDocument scratch = new PDDocument(); PdfFont font = FONTS.forDocument(scratch)) {
            CertificateFields fields = new CertificateFields(c, layout, font, ReferenceData.defaults());
            for (Layout.Box box : layout.boxes()) {
                if (box.field() != null) {
                    expect(rects, words, what, box.rect(), fields.box(box.field()), "box " + box.number() + " " + box.field());
                }
            }
            Layout.Goods g = layout.goods();
            double x = g.x();
            for (Layout.Column col : g.columns()) {
                Layout.Rect column = new Layout.Rect(x, g.y() + g.titleHeight(), col.w(), g.h() - g.titleHeight());
                for (int i = 0; i < c.goods().size(); i++) {
                    expect(rects, words, what, column, fields.goods(i, col.field()), "goods[" + i + "] " + col.field());
                }
                x += col.w();
            }
            List<String> found = Pdfs.regions(out, 0, rects);
            for (int i = 0; i < rects.size(); i++) {
                assertThat(found.get(i)).as(file + " " + what.get(i)).contains(words.get(i));
            }
        }
        assertThat(words).as("fields checked").hasSizeGreaterThan(8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void embedsItsFontAsASubset(Path file) throws IOException {
        Rendered r = Samples.CJK.render(Samples.read(file), Samples.fixed().build());
        try (PDDocument doc = Pdfs.load(r.pdf())) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+.*");
            }
        }
        assertThat(r.pdf().length).as("one page with its font subset").isLessThan(150 * 1024);
    }

    /** The first word of the value's first line must be read back inside the rectangle. */
    private static void expect(List<Layout.Rect> rects, List<String> words, List<String> what, Layout.Rect rect,
            String value, String field) {
        String first = value.strip().split("\n")[0].strip();
        if (!first.isEmpty()) {
            String word = first.split(" ")[0];
            rects.add(rect);
            words.add(word.substring(0, Math.min(word.length(), 10)));
            what.add(field);
        }
    }
}
