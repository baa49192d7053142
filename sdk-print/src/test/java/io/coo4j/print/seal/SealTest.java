package io.coo4j.print.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import io.coo4j.print.FontProvider;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 4 item 4: seals generated within their limits, seals and signatures lifted from scans, untrusted images. */
class SealTest {
    private static final SealGenerator CJK = SealGenerator.create(FontProvider.notoSansSc());
    private static final SealGenerator LATIN = SealGenerator.create(FontProvider.standard());

    @ParameterizedTest
    @EnumSource(SealShape.class)
    void generatesEachShapeAsPdfAndTransparentPng(SealShape shape) throws IOException {
        SealDesign seal = SealDesign.of("深圳示例有限公司", SealKind.CONTRACT, shape);
        try (PDDocument doc = Loader.loadPDF(CJK.pdf(seal))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth() / 72 * 25.4).isCloseTo(seal.widthMm(), within(0.1));
            assertThat(doc.getPage(0).getResources().getXObjectNames()).as("vector, no image").isEmpty();
        }
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(CJK.png(seal, 300)));
        assertThat(png.getWidth()).isCloseTo((int) Math.round(seal.widthMm() / 25.4 * 300), within(2));
        assertThat(share(png, p -> (p >>> 24) == 0)).as("transparent paper").isGreaterThan(0.3);
        assertThat(share(png, p -> (p >>> 24) > 128 && ((p >> 16) & 0xff) > 150 && ((p >> 8) & 0xff) < 100))
                .as("red ink").isGreaterThan(0.03);
    }

    @Test
    void latinSealsNeedNoFont() {
        assertThat(LATIN.png(SealDesign.of("EXAMPLE CO., LTD.", SealKind.FINANCE, SealShape.ROUND), 150)).isNotEmpty();
        assertThatThrownBy(() -> LATIN.pdf(SealDesign.of("深圳示例", SealKind.COMPANY, SealShape.ROUND)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("CJK font");
    }

    @Test
    void refusesSealsOverTheLimits() {
        assertThatThrownBy(() -> new SealDesign("A", SealKind.COMPANY, SealShape.ROUND, 46, 46))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("45");
        assertThatThrownBy(() -> new SealDesign("A", SealKind.COMPANY, SealShape.RECTANGLE, 55, 41))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new SealDesign("A", SealKind.COMPANY, SealShape.OVAL, 56, 45))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new SealDesign("A", SealKind.COMPANY, SealShape.OVAL, 55, 45).heightMm()).isEqualTo(45);
    }

    @Test
    void extractsARedOrBlueSealFromAScanAndSizesIt() throws IOException {
        SealDesign seal = SealDesign.of("深圳示例有限公司", SealKind.COMPANY, SealShape.ROUND);
        BufferedImage ink = ImageIO.read(new ByteArrayInputStream(CJK.png(seal, 600)));
        byte[] red = scan(ink, false, "jpg");
        StampImage extracted = SealExtractor.seal(red, 600, SealShape.ROUND);
        assertThat(extracted.widthMm()).isCloseTo(42, within(1.5));
        BufferedImage lifted = ImageIO.read(new ByteArrayInputStream(extracted.png()));
        assertThat(lifted.getRGB(0, 0) >>> 24).as("paper is transparent").isZero();
        assertThat(lifted.getWidth()).as("kept at 300 dpi").isCloseTo(496, within(20));
        assertThat(SealExtractor.seal(scan(ink, true, "png"), 600, SealShape.ROUND).heightMm()).isCloseTo(42, within(1.5));
    }

    @Test
    void refusesAScanWithNoSealOrASealOverTheLimit() throws IOException {
        BufferedImage paper = paper(1200, 1600);
        Graphics2D g = paper.createGraphics();
        g.setColor(Color.BLACK);
        g.drawString("no seal here", 100, 100);
        g.dispose();
        assertThatThrownBy(() -> SealExtractor.seal(png(paper), 600, SealShape.ROUND))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no red or blue seal");
        BufferedImage ink = ImageIO.read(new ByteArrayInputStream(CJK.png(SealDesign.of("示例", SealKind.COMPANY, SealShape.ROUND), 600)));
        assertThatThrownBy(() -> SealExtractor.seal(scan(ink, false, "png"), 300, SealShape.ROUND))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("over the limit of 45 × 45 mm");
    }

    @Test
    void extractsABlackSignatureUpToFourByFourCentimetres() throws IOException {
        BufferedImage paper = paper(1500, 1500);
        Graphics2D g = paper.createGraphics();
        g.setColor(new Color(20, 20, 30));
        g.setStroke(new BasicStroke(6));
        g.drawLine(400, 700, 900, 600);
        g.drawLine(900, 600, 1100, 800);
        g.dispose();
        StampImage sig = SealExtractor.signature(png(paper), 600);
        assertThat(sig.widthMm()).isCloseTo(700 / 600.0 * 25.4, within(1.0));
        assertThatThrownBy(() -> SealExtractor.signature(png(paper), 200))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("40 × 40 mm");
    }

    @Test
    void refusesHugeImagesAndPngBombsBeforeDecoding() throws IOException {
        byte[] huge = pngHeaderOnly(20_000, 20_000);
        assertThatThrownBy(() -> SealExtractor.seal(huge, 600, SealShape.ROUND))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("20000 × 20000");
        byte[] bomb = pngHeaderOnly(100_000, 100_000);
        assertThatThrownBy(() -> SealExtractor.signature(bomb, 600))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("100000 × 100000");
        assertThatThrownBy(() -> SealExtractor.seal("not an image".getBytes(), 600, SealShape.ROUND))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not an image");
    }

    /** A white A4-ish scan with the ink in the middle, optionally turned blue. */
    private static byte[] scan(BufferedImage ink, boolean blue, String format) throws IOException {
        BufferedImage paper = paper(ink.getWidth() + 800, ink.getHeight() + 1200);
        Graphics2D g = paper.createGraphics();
        g.drawImage(ink, 400, 600, null);
        g.dispose();
        if (blue) {
            for (int y = 0; y < paper.getHeight(); y++) {
                for (int x = 0; x < paper.getWidth(); x++) {
                    int p = paper.getRGB(x, y);
                    paper.setRGB(x, y, (p & 0xff00ff00) | ((p >> 16) & 0xff) | ((p & 0xff) << 16));
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(paper, format, out);
        return out.toByteArray();
    }

    /** A blank white sheet. */
    private static BufferedImage paper(int width, int height) {
        BufferedImage paper = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = paper.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return paper;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static double share(BufferedImage png, java.util.function.IntPredicate pixel) {
        long n = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                if (pixel.test(png.getRGB(x, y))) {
                    n++;
                }
            }
        }
        return (double) n / ((long) png.getWidth() * png.getHeight());
    }

    /** A tiny PNG whose header declares a huge grey image: a few kilobytes of zeros stand for its rows. */
    static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 0, 0, 0, 0});
        chunk(data, "IHDR", ihdr.toByteArray());
        Deflater d = new Deflater(9);
        d.setInput(new byte[1 << 20]);
        d.finish();
        byte[] buf = new byte[1 << 16];
        int n = d.deflate(buf);
        chunk(data, "IDAT", java.util.Arrays.copyOf(buf, n));
        chunk(data, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        out.writeInt(body.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(t);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }
}
