package io.coo4j.print;

import io.coo4j.print.internal.Canvas;
import io.coo4j.print.internal.Layout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** Reading rendered PDFs back: text by region (layout rectangles in mm), whole text, pixels. */
final class Pdfs {
    private Pdfs() {
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text inside a rectangle of page {@code page} (0-based), whitespace collapsed. */
    static String region(PDDocument doc, int page, Layout.Rect r) {
        return regions(doc, page, List.of(r)).get(0);
    }

    /** The texts inside several rectangles of one page, read in one pass over it. */
    static List<String> regions(PDDocument doc, int page, List<Layout.Rect> rects) {
        try {
            PDFTextStripperByArea s = new PDFTextStripperByArea();
            s.setSortByPosition(true);
            float k = Canvas.PT_PER_MM;
            for (int i = 0; i < rects.size(); i++) {
                Layout.Rect r = rects.get(i);
                s.addRegion("r" + i, new Rectangle2D.Float((float) r.x() * k, (float) r.y() * k, (float) r.w() * k, (float) r.h() * k));
            }
            s.extractRegions(doc.getPage(page));
            List<String> out = new ArrayList<>(rects.size());
            for (int i = 0; i < rects.size(); i++) {
                out.add(s.getTextForRegion("r" + i).replaceAll("\\s+", " ").trim());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage image(byte[] pdf, int page, float dpi) {
        return render(pdf, page, dpi, ImageType.RGB);
    }

    static BufferedImage grey(byte[] pdf, int page, float dpi) {
        return render(pdf, page, dpi, ImageType.GRAY);
    }

    private static BufferedImage render(byte[] pdf, int page, float dpi, ImageType type) {
        try (PDDocument doc = load(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(page, dpi, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
