package io.coo4j.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Exhibition;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.NonPartyCompany;
import io.coo4j.core.model.Producer;
import io.coo4j.print.internal.Layout;
import io.coo4j.print.internal.Layouts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Modes, markings and the text rules of issue 4 items 2, 3 and 6, and bad input. */
class RenderingBehaviourTest {
    private static final Layout FORM_E = new Layouts(null).get("FORM_E");

    private static Layout.Rect box(Layout layout, String field) {
        return layout.boxes().stream().filter(b -> field.equals(b.field())).findFirst().orElseThrow().rect();
    }

    @Test
    void overlayPrintsOnlyTheDataMovedByTheCalibration() throws IOException {
        Certificate e = Samples.read("E");
        byte[] pdf = Samples.LATIN.render(e, Samples.fixed().mode(PrintMode.OVERLAY).offset(5, 10).build()).pdf();
        try (PDDocument doc = Pdfs.load(pdf)) {
            List<String> operators = operators(doc);
            assertThat(operators).as("no rectangles, lines or strokes: the blank has them").doesNotContain("re", "l", "S");
            Layout.Rect exporter = box(FORM_E, "exporter");
            Layout.Rect moved = new Layout.Rect(exporter.x() + 5, exporter.y() + 10, exporter.w(), exporter.h());
            assertThat(Pdfs.region(doc, 0, moved)).contains("SHENZHEN EXAMPLE CO., LTD.");
        }
        assertThat(Pdfs.text(pdf)).doesNotContain("Declaration by the exporter", "ORIGINAL", "FORM E");
    }

    @Test
    void standardPrintsTheFormAndMarksOriginalOrCopy() {
        Certificate e = Samples.read("E");
        String original = Pdfs.text(Samples.LATIN.render(e, Samples.fixed().build()).pdf());
        assertThat(original).contains("ORIGINAL", "FORM E", "Declaration by the exporter").doesNotContain("COPY");
        String copy = Pdfs.text(Samples.LATIN.render(e, Samples.fixed().copy(true).build()).pdf());
        assertThat(copy).contains("COPY").doesNotContain("ORIGINAL");
        String overlayCopy = Pdfs.text(Samples.LATIN.render(e, Samples.fixed().copy(true).mode(PrintMode.OVERLAY).build()).pdf());
        assertThat(overlayCopy).contains("COPY");
    }

    @Test
    void latinOnlyNeedsNoFontAndChineseWithoutOneIsAClearError() {
        Certificate latin = Samples.read("E");
        assertThat(Samples.LATIN.render(latin, Samples.fixed().build()).pages()).isEqualTo(1);
        Certificate chinese = latin.toBuilder().marks("唛头").build();
        assertThatThrownBy(() -> Samples.LATIN.render(chinese, RenderOptions.defaults()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("marks")
                .hasMessageContaining("sdk-print-font-sc");
        assertThatThrownBy(() -> Samples.LATIN.render(Samples.read("H"), RenderOptions.defaults()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("CJK font");
    }

    /** The Latin font has glyphs beyond WinAnsiEncoding, but prints what the standard Helvetica did, no more. */
    @Test
    void theLatinFontPrintsWinAnsiAndNoMore() {
        Certificate e = Samples.read("E");
        Certificate winAnsi = e.toBuilder().marks("CAFÉ Œ ± €").build();
        assertThat(Pdfs.text(Samples.LATIN.render(winAnsi, Samples.fixed().build()).pdf())).contains("CAFÉ Œ ± €");
        Certificate polish = e.toBuilder().marks("ŁÓDŹ").build();
        assertThatThrownBy(() -> Samples.LATIN.render(polish, RenderOptions.defaults()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("marks").hasMessageContaining("U+0141");
    }

    @Test
    void upperCasesWhereTheFormWantsIt() {
        Certificate e = Samples.read("E");
        Certificate lower = e.toBuilder().exporter(io.coo4j.core.model.Party.of("shenzhen lower co.", "no. 2 road", "CN")).build();
        assertThat(Pdfs.text(Samples.LATIN.render(lower, Samples.fixed().build()).pdf())).contains("SHENZHEN LOWER CO.");
    }

    @Test
    void confidentialProducerPrintsAvailableUponRequest() {
        Certificate k = Samples.read("K").toBuilder().producer(new Producer("SECRET FACTORY", "SOMEWHERE", true)).build();
        String text = Pdfs.text(Samples.CJK.render(k, Samples.fixed().build()).pdf());
        assertThat(text).contains("AVAILABLE UPON REQUEST").doesNotContain("SECRET FACTORY");
    }

    @Test
    void exhibitionFollowsTheConsigneeAndThirdPartyTheGoods() throws IOException {
        Certificate e = Samples.read("E").toBuilder()
                .exhibition(new Exhibition("CANTON FAIR", "GUANGZHOU"))
                .nonPartyCompanies(List.of(new NonPartyCompany("HK TRADING LTD.", "HONG KONG", "HK"))).build();
        byte[] pdf = Samples.LATIN.render(e, Samples.fixed().build()).pdf();
        try (PDDocument doc = Pdfs.load(pdf)) {
            assertThat(Pdfs.region(doc, 0, box(FORM_E, "consignee"))).contains("EXHIBITION: CANTON FAIR");
            Layout.Goods g = FORM_E.goods();
            assertThat(Pdfs.region(doc, 0, new Layout.Rect(g.x(), g.y(), 190, g.h()))).contains("THIRD PARTY: HK TRADING LTD.");
        }
    }

    @Test
    void hyphenatesMidWordBreaksOnlyWhenAsked() {
        String word = "SUPERCALIFRAGILISTICEXPIALIDOCIOUSSUPERCALIFRAGILISTICEXPIALIDOCIOUS";
        Certificate e = Samples.read("E").toBuilder().goods(List.of(Samples.read("E").goods().get(0).toBuilder()
                .nameEn(word).description(null).build())).build();
        String plain = Pdfs.text(Samples.LATIN.render(e, Samples.fixed().build()).pdf());
        String hyphen = Pdfs.text(Samples.LATIN.render(e, Samples.fixed().hyphenate(true).build()).pdf());
        // Other columns share the line, so the hyphen is followed by a space or a line end.
        assertThat(plain).doesNotContainPattern("[A-Z]-\\s");
        assertThat(hyphen).containsPattern("SUPERCALI[A-Z]*-\\s");
    }

    @Test
    void continuesGoodsOnFurtherPagesAndWarnsAboveTen() throws IOException {
        Certificate many = withGoods(Samples.read("E"), 120);
        Rendered r = Samples.LATIN.render(many, Samples.fixed().build());
        assertThat(r.pages()).isGreaterThan(10);
        assertThat(r.warnings()).singleElement().asString().startsWith("PAGES_OVER_10");
        try (PDDocument doc = Pdfs.load(r.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(r.pages());
            assertThat(Pdfs.region(doc, 1, new Layout.Rect(10, 286, 190, 8))).isEqualTo("Page 2 of " + r.pages());
            Layout.Goods g = FORM_E.goods();
            Layout.Rect firstRowNumber = new Layout.Rect(g.x(), g.y() + g.titleHeight(), g.columns().get(0).w(), 4.5);
            for (int p = 1; p < r.pages(); p++) {
                assertThat(Pdfs.region(doc, p, firstRowNumber)).as("page %d starts with a whole goods line", p + 1).matches("\\d+");
            }
        }
        assertThat(Pdfs.text(r.pdf())).contains("ITEM 120", "***");
        assertThat(Samples.LATIN.render(withGoods(Samples.read("E"), 3), Samples.fixed().build()).warnings()).isEmpty();
    }

    @Test
    void twoThousandGoodsLinesAndAFiveThousandCharacterDescriptionPrint() {
        Rendered big = Samples.LATIN.render(withGoods(Samples.read("E"), 2_000), Samples.fixed().build());
        assertThat(big.pages()).isGreaterThan(100);
        String words = "LONG DESCRIPTION ".repeat(300).substring(0, 5_000);
        Certificate longText = Samples.read("E").toBuilder().goods(List.of(Samples.read("E").goods().get(0).toBuilder()
                .description(words).build())).build();
        Rendered r = Samples.LATIN.render(longText, Samples.fixed().build());
        assertThat(r.pages()).isGreaterThan(1);
        assertThat(Pdfs.text(r.pdf()).split("LONG DESCRIPTION", -1).length - 1).isGreaterThanOrEqualTo(290);
    }

    @Test
    void refusesEmojiAndControlCharactersNamingTheField() {
        Certificate e = Samples.read("E");
        Certificate emoji = e.toBuilder().goods(List.of(e.goods().get(0).toBuilder().nameEn("SWITCH \uD83D\uDE00").build())).build();
        assertThatThrownBy(() -> Samples.CJK.render(emoji, RenderOptions.defaults()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("goods[0].nameEn").hasMessageContaining("U+1F600");
        Certificate bell = e.toBuilder().remarks("RING\u0007").build();
        assertThatThrownBy(() -> Samples.CJK.render(bell.toBuilder().type("K").build(), RenderOptions.defaults()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("remarks").hasMessageContaining("U+0007");
        Certificate tabs = e.toBuilder().marks("N/M\tA\r\nB").build();
        assertThat(Pdfs.text(Samples.LATIN.render(tabs, Samples.fixed().build()).pdf())).contains("N/M A");
    }

    @Test
    void aBoxThatCannotHoldItsTextIsAClearError() {
        Certificate e = Samples.read("E").toBuilder().exporter(io.coo4j.core.model.Party.of("X", "ROAD ".repeat(1_000), "CN")).build();
        assertThatThrownBy(() -> Samples.LATIN.render(e, RenderOptions.defaults()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("exporter").hasMessageContaining("too long for box 1");
    }

    @Test
    void theSameInputGivesTheSameBytesWhenTheTimeIsFixed() {
        Certificate e = Samples.read("E");
        assertThat(Samples.CJK.render(e, Samples.fixed().build()).pdf())
                .isEqualTo(Samples.CJK.render(e, Samples.fixed().build()).pdf());
        assertThat(Samples.CJK.render(e, Samples.fixed().build()).pdf())
                .isNotEqualTo(Samples.CJK.render(e, RenderOptions.defaults()).pdf());
    }

    @Test
    void rendersTheOtherDocuments() {
        Certificate e = Samples.read("E");
        assertThat(Pdfs.text(Samples.CJK.render(e, DocumentKind.APPLICATION, Samples.fixed().build()).pdf()))
                .contains("原产地证书申请书", "深圳示例有限公司", "NETWORK SWITCH");
        assertThat(Pdfs.text(Samples.LATIN.render(e, DocumentKind.INVOICE, Samples.fixed().build()).pdf()))
                .contains("COMMERCIAL INVOICE", "INV-2025-001", "USD 1000.00");
        assertThat(Pdfs.text(Samples.CJK.render(e, DocumentKind.SLIP, Samples.fixed().build()).pdf()))
                .contains("认证凭条", "E254565009990001");
        assertThatThrownBy(() -> Samples.CJK.render(e, DocumentKind.SLIP, RenderOptions.builder().mode(PrintMode.OVERLAY).build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("options: overlay printing");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        Certificate e = Samples.read("E");
        byte[] expected = Samples.CJK.render(e, Samples.fixed().build()).pdf();
        List<java.util.concurrent.Future<byte[]>> results = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> Samples.CJK.render(e, Samples.fixed().build()).pdf()));
            }
            for (var f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aLayoutFileOfTheSameNameReplacesTheBundledOne(@TempDir Path dir) throws IOException {
        try (var in = getClass().getResourceAsStream("/io/coo4j/print/layouts/form-e.json")) {
            Files.writeString(dir.resolve("form-e.json"), new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"FORM E\"", "\"FORM E (CALIBRATED)\""));
        }
        PdfRenderer custom = PdfRenderer.builder().fonts(FontProvider.standard()).layouts(dir).build();
        assertThat(Pdfs.text(custom.render(Samples.read("E"), Samples.fixed().build()).pdf())).contains("FORM E (CALIBRATED)");
        Files.writeString(dir.resolve("form-e.json"), "{\"id\": \"FORM_E\", \"colour\": 1}");
        PdfRenderer broken = PdfRenderer.builder().fonts(FontProvider.standard()).layouts(dir).build();
        assertThatThrownBy(() -> broken.render(Samples.read("E"), RenderOptions.defaults()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("form-e.json").hasMessageContaining("not a layout");
    }

    @Test
    void usesAFontFileOfYourOwnAndRefusesWhatIsNoFont(@TempDir Path dir) throws IOException {
        Path ttf = dir.resolve("own.ttf");
        try (var in = getClass().getClassLoader().getResourceAsStream(FontProvider.NOTO_SANS_SC_RESOURCE)) {
            Files.write(ttf, in.readAllBytes());
        }
        PdfRenderer own = PdfRenderer.builder().fonts(FontProvider.trueType(ttf)).build();
        assertThat(Pdfs.text(own.render(Samples.read("H"), Samples.fixed().build()).pdf())).contains("海峡两岸经济合作框架协议");
        Path junk = dir.resolve("junk.ttf");
        Files.writeString(junk, "not a font");
        assertThatThrownBy(() -> PdfRenderer.builder().fonts(FontProvider.trueType(junk)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("junk.ttf");
        assertThatThrownBy(() -> FontProvider.trueType(dir.resolve("missing.ttf")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("missing.ttf");
    }

    static Certificate withGoods(Certificate c, int n) {
        GoodsItem first = c.goods().get(0);
        List<GoodsItem> goods = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            goods.add(first.toBuilder().seq(i).nameEn("ITEM " + i).build());
        }
        return c.toBuilder().goods(goods).build();
    }

    private static List<String> operators(PDDocument doc) throws IOException {
        List<String> ops = new ArrayList<>();
        for (Object token : new PDFStreamParser(doc.getPage(0)).parse()) {
            if (token instanceof Operator op) {
                ops.add(op.getName());
            }
        }
        return ops;
    }
}
