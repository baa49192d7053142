package io.coo4j.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import io.coo4j.print.internal.Layout;
import io.coo4j.print.internal.Layouts;
import io.coo4j.print.seal.SealDesign;
import io.coo4j.print.seal.SealGenerator;
import io.coo4j.print.seal.StampImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Issue 4 item 2: the self-print original's vector background, and seals and signatures at their boxes. */
class SelfPrintTest {
    private static final SealDesign COMPANY = SealDesign.of("深圳示例有限公司", SealKind.COMPANY, SealShape.ROUND);
    private static final SealDesign CUSTOMS = SealDesign.of("中华人民共和国深圳海关", SealKind.COMPANY, SealShape.ROUND);
    private static final Layout FTA = new Layouts(null).get("FTA");

    @Test
    void theBackgroundIsVectorAndOnlyOnTheOriginal() throws IOException {
        Certificate k = Samples.read("K");
        byte[] original = Samples.CJK.render(k, Samples.fixed().enterpriseSeal(COMPANY).customsSeal(CUSTOMS).build()).pdf();
        byte[] copy = Samples.CJK.render(k, Samples.fixed().copy(true).build()).pdf();
        try (PDDocument o = Pdfs.load(original); PDDocument c = Pdfs.load(copy)) {
            assertThat(images(o)).as("no bitmap anywhere").isZero();
            assertThat(curves(o)).as("guilloche curves").isGreaterThan(500);
            assertThat(curves(c)).isLessThan(50);
        }
    }

    @Test
    void sealsSitInTheDeclarationAndCertificationBoxes() {
        byte[] pdf = Samples.CJK.render(Samples.read("K"),
                Samples.fixed().background(false).enterpriseSeal(COMPANY).customsSeal(CUSTOMS).build()).pdf();
        BufferedImage page = Pdfs.image(pdf, 0, 40);
        for (String field : new String[] {"declaration", "placeAndDate"}) {
            Layout.Rect box = FTA.boxes().stream().filter(b -> field.equals(b.field())).findFirst().orElseThrow().rect();
            assertThat(redIn(page, box)).as(field + " box holds a seal").isGreaterThan(0.01);
        }
        assertThat(redIn(page, new Layout.Rect(10, 10, 190, 200))).as("nowhere else").isZero();
    }

    @Test
    void imageStampsKeepTheirTransparencyAndTheFileSmall() throws IOException {
        StampImage seal = SealGenerator.create(FontProvider.notoSansSc()).stampImage(COMPANY, 300);
        Rendered r = Samples.CJK.render(Samples.read("K"), Samples.fixed().enterpriseSeal(seal).customsSeal(CUSTOMS).build());
        try (PDDocument doc = Pdfs.load(r.pdf())) {
            assertThat(images(doc)).isEqualTo(1);
            PDImageXObject image = firstImage(doc.getPage(0).getResources());
            assertThat(image.getCOSObject().getDictionaryObject(COSName.SMASK)).as("soft mask").isNotNull();
            assertThat(image.getWidth()).isEqualTo(496);
        }
        assertThat(r.pdf().length).isLessThan(150 * 1024);
    }

    /** Curve operators on page one, in its content and the form XObjects it draws. */
    private static int curves(PDDocument doc) throws IOException {
        int n = count(new PDFStreamParser(doc.getPage(0)));
        PDResources resources = doc.getPage(0).getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                n += count(new PDFStreamParser(form));
            }
        }
        return n;
    }

    private static int count(PDFStreamParser parser) throws IOException {
        int n = 0;
        for (Object token : parser.parse()) {
            if (token instanceof Operator op && op.getName().equals("c")) {
                n++;
            }
        }
        return n;
    }

    private static int images(PDDocument doc) throws IOException {
        return images(doc.getPage(0).getResources());
    }

    private static int images(PDResources resources) throws IOException {
        int n = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            n += x instanceof PDImageXObject ? 1 : x instanceof PDFormXObject f && f.getResources() != null ? images(f.getResources()) : 0;
        }
        return n;
    }

    private static PDImageXObject firstImage(PDResources resources) throws IOException {
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                return image;
            }
            if (x instanceof PDFormXObject f && f.getResources() != null && firstImage(f.getResources()) != null) {
                return firstImage(f.getResources());
            }
        }
        return null;
    }

    private static double redIn(BufferedImage page, Layout.Rect r) {
        double k = 40 / 25.4;
        int red = 0;
        int all = 0;
        for (int y = (int) (r.y() * k); y < (int) ((r.y() + r.h()) * k); y++) {
            for (int x = (int) (r.x() * k); x < (int) ((r.x() + r.w()) * k); x++) {
                int p = page.getRGB(x, y);
                all++;
                if (((p >> 16) & 0xff) > 150 && ((p >> 8) & 0xff) < 110 && (p & 0xff) < 110) {
                    red++;
                }
            }
        }
        return (double) red / all;
    }

}
