package io.coo4j.print.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The background pattern (底纹) of a self-printed original: fine guilloche waves crossing the page and a
 * rosette in the middle, in pale green, drawn as vector curves (a bitmap would blur and bloat the file).
 */
final class Background {
    private static final float WAVE_MM = 9f;
    private static final float SPACING_MM = 7f;

    /** The pattern's content stream, compressed: drawn once per process, copied into each document. */
    private static final byte[] FLATE = Flate.compress(draw());

    private Background() {
    }

    /** The pattern as a form XObject of {@code doc}, covering an A4 page. */
    static PDFormXObject form(PDDocument doc) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(FLATE);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        PDFormXObject form = new PDFormXObject(stream);
        form.setBBox(PDRectangle.A4);
        form.setResources(new PDResources());
        return form;
    }

    private static byte[] draw() {
        ByteArrayOutputStream ops = new ByteArrayOutputStream(256 * 1024);
        try (PDDocument scratch = new PDDocument();
                PDPageContentStream cs = new PDPageContentStream(scratch, new PDAppearanceStream(scratch), ops)) {
            paint(cs, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        } catch (IOException e) {
            throw PdfFault.of(e);
        }
        return ops.toByteArray();
    }

    private static void paint(PDPageContentStream cs, float widthPt, float heightPt) {
        float mm = Canvas.PT_PER_MM;
        try {
            cs.saveGraphicsState();
            cs.setLineWidth(0.35f);
            cs.setStrokingColor(0.80f, 0.90f, 0.82f);
            for (float y = -SPACING_MM * mm; y < heightPt + SPACING_MM * mm; y += SPACING_MM * mm) {
                wave(cs, widthPt, y, 2.2f * mm, 0);
                wave(cs, widthPt, y + SPACING_MM * mm / 2, 2.2f * mm, 0.5f);
            }
            cs.stroke();
            cs.setStrokingColor(0.86f, 0.84f, 0.92f);
            float cx = widthPt / 2;
            float cy = heightPt / 2;
            for (int i = 0; i < 24; i++) {
                cs.saveGraphicsState();
                cs.transform(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.PI * i / 24, cx, cy));
                SealPainter.ellipse(cs, 0, 0, 45 * mm, 16 * mm);
                cs.stroke();
                cs.restoreGraphicsState();
            }
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw PdfFault.of(e);
        }
    }

    /** A sine wave across the page as one cubic Bézier per half period. */
    private static void wave(PDPageContentStream cs, float width, float y, float amplitude, float phase) throws IOException {
        float half = WAVE_MM * Canvas.PT_PER_MM / 2;
        float x = -phase * 2 * half;
        cs.moveTo(x, y);
        int sign = 1;
        while (x < width) {
            float c = half * 0.3642f;
            float peak = y + sign * amplitude * 1.27f;
            cs.curveTo(x + c, peak, x + half - c, peak, x + half, y);
            x += half;
            sign = -sign;
        }
    }
}
