package io.coo4j.print.seal;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.print.FontProvider;
import io.coo4j.print.internal.Canvas;
import io.coo4j.print.internal.FontBank;
import io.coo4j.print.internal.PdfFont;
import io.coo4j.print.internal.SealPainter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws standard e-seals (制式电子签章) as a one-page vector PDF the size of the seal, or as a PNG with a
 * transparent background; the PNG is that PDF rasterised, so both look the same. Chinese seal text needs a
 * CJK font ({@link FontProvider}).
 *
 * <p>Thread-safe and meant to be shared.
 *
 * @since 0.1
 */
public final class SealGenerator {
    /** The highest resolution a PNG is drawn at. */
    public static final int MAX_DPI = 1200;

    private final FontBank fonts;

    /** A generator that writes the seal's text in {@code fonts}' font (Chinese needs a CJK one). */
    public static SealGenerator create(FontProvider fonts) {
        return new SealGenerator(new FontBank(InvalidInputException.requireArgument(fonts, "SealGenerator.create",
                "fonts")));
    }

    private SealGenerator(FontBank fonts) {
        this.fonts = fonts;
    }

    /** The seal as a one-page PDF of exactly its size, drawn as vectors. */
    public byte[] pdf(SealDesign seal) {
        InvalidInputException.requireArgument(seal, "SealGenerator.pdf", "seal");
        // The font stays open until the document is saved: the subset is written from it then.
        try (PDDocument doc = new PDDocument(); PdfFont font = fonts.forDocument(doc)) {
            draw(doc, font, seal);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** The seal as a PNG at {@code dpi} (at most {@link #MAX_DPI}), transparent around the ink. */
    public byte[] png(SealDesign seal, int dpi) {
        InvalidInputException.requireArgument(seal, "SealGenerator.png", "seal");
        if (dpi < 72 || dpi > MAX_DPI) {
            throw new InvalidInputException("SealGenerator.png", "dpi", "must be between 72 and " + MAX_DPI + ", found " + dpi);
        }
        // Rendered from the saved PDF: the font subset only exists once the document is written.
        try (PDDocument doc = Loader.loadPDF(pdf(seal))) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.ARGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** The seal as a stamp image at {@code dpi}, for a renderer that wants pixels. */
    public StampImage stampImage(SealDesign seal, int dpi) {
        InvalidInputException.requireArgument(seal, "SealGenerator.stampImage", "seal");
        return new StampImage(png(seal, dpi), seal.widthMm(), seal.heightMm());
    }

    /** PDFBox failing on the seal's document in memory: no file of the caller is involved. */
    private static CooException failed(IOException e) {
        return new CooException("the PDF library failed on the seal's document: " + e.getMessage(), e);
    }

    private static void draw(PDDocument doc, PdfFont font, SealDesign seal) throws IOException {
        float w = (float) (seal.widthMm() * Canvas.PT_PER_MM);
        float h = (float) (seal.heightMm() * Canvas.PT_PER_MM);
        PDPage page = new PDPage(new PDRectangle(w, h));
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            SealPainter.paint(new Canvas(cs, (float) seal.heightMm(), 0, 0), font, seal, w / 2, h / 2);
        }
    }
}
