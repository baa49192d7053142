package io.coo4j.print.internal;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * A page's content stream addressed in millimetres from the top-left corner, as the layouts are, moved by
 * an offset (overlay calibration). Wraps PDFBox's checked exceptions. Not thread-safe.
 */
public final class Canvas {
    public static final float PT_PER_MM = 72f / 25.4f;

    private final PDPageContentStream cs;
    private final float pageHeightMm;
    private final double dx;
    private final double dy;

    public Canvas(PDPageContentStream cs, float pageHeightMm, double dxMm, double dyMm) {
        this.cs = cs;
        this.pageHeightMm = pageHeightMm;
        this.dx = dxMm;
        this.dy = dyMm;
    }

    public PDPageContentStream stream() {
        return cs;
    }

    /** PDF x in points of a layout x in mm. */
    public float x(double mm) {
        return (float) ((mm + dx) * PT_PER_MM);
    }

    /** PDF y in points of a layout y (from the top) in mm. */
    public float y(double mm) {
        return (float) ((pageHeightMm - mm - dy) * PT_PER_MM);
    }

    /** Text with its baseline at {@code baselineMm}. */
    public void text(PdfFont font, float size, double xMm, double baselineMm, String text) {
        if (text.isEmpty()) {
            return;
        }
        try {
            cs.beginText();
            cs.setFont(font.font(), size);
            cs.newLineAtOffset(x(xMm), y(baselineMm));
            cs.showText(text);
            cs.endText();
        } catch (IOException e) {
            throw PdfFault.of(e);
        }
    }

    /** Text rotated by {@code radians} about its start point, given in PDF points. */
    public void rotatedText(PdfFont font, float size, float xPt, float yPt, double radians, String text) {
        try {
            cs.beginText();
            cs.setFont(font.font(), size);
            cs.setTextMatrix(Matrix.getRotateInstance(radians, xPt, yPt));
            cs.showText(text);
            cs.endText();
        } catch (IOException e) {
            throw PdfFault.of(e);
        }
    }

    public void rect(double xMm, double yMm, double wMm, double hMm) {
        try {
            cs.addRect(x(xMm), y(yMm + hMm), (float) (wMm * PT_PER_MM), (float) (hMm * PT_PER_MM));
        } catch (IOException e) {
            throw PdfFault.of(e);
        }
    }

    public void line(double x1, double y1, double x2, double y2) {
        try {
            cs.moveTo(x(x1), y(y1));
            cs.lineTo(x(x2), y(y2));
        } catch (IOException e) {
            throw PdfFault.of(e);
        }
    }

    public void stroke(float widthPt, float r, float g, float b) {
        try {
            cs.setLineWidth(widthPt);
            cs.setStrokingColor(r, g, b);
            cs.stroke();
        } catch (IOException e) {
            throw PdfFault.of(e);
        }
    }

    public void fillColor(float r, float g, float b) {
        try {
            cs.setNonStrokingColor(r, g, b);
        } catch (IOException e) {
            throw PdfFault.of(e);
        }
    }
}
