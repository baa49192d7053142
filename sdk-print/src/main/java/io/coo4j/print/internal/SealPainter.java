package io.coo4j.print.internal;

import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import io.coo4j.print.seal.SealDesign;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a {@link SealDesign} as vector graphics centred on a point: the border, the star of a round seal,
 * the text along the upper arc (or in lines on a rectangle) and the kind under the centre.
 */
public final class SealPainter {
    /** Seal red. */
    static final float[] RED = {0.86f, 0.07f, 0.09f};
    private static final double BEZIER_CIRCLE = 0.5523;

    private SealPainter() {
    }

    /** Draws {@code seal} centred on ({@code cx}, {@code cy}), in PDF points. */
    public static void paint(Canvas canvas, PdfFont font, SealDesign seal, float cx, float cy) {
        PDPageContentStream cs = canvas.stream();
        String text = font.printable(seal.text(), "seal.text");
        float a = (float) (seal.widthMm() / 2 * Canvas.PT_PER_MM);
        float b = (float) (seal.heightMm() / 2 * Canvas.PT_PER_MM);
        try {
            cs.saveGraphicsState();
            cs.setStrokingColor(RED[0], RED[1], RED[2]);
            cs.setNonStrokingColor(RED[0], RED[1], RED[2]);
            float border = Math.min(a, b) * 0.06f;
            cs.setLineWidth(border);
            if (seal.shape() == SealShape.RECTANGLE) {
                cs.addRect(cx - a + border / 2, cy - b + border / 2, 2 * a - border, 2 * b - border);
                cs.stroke();
                lines(canvas, font, text, seal.kind(), cx, cy, a, b);
            } else {
                ellipse(cs, cx, cy, a - border / 2, b - border / 2);
                cs.stroke();
                // An oval bends sharply at its ends, where glyphs would touch the border: smaller text, shorter arc.
                boolean round = seal.shape() == SealShape.ROUND;
                float size = Math.min(a, b) * (round ? 0.26f : 0.22f);
                float inset = border + size * (round ? 1.05f : 1.25f);
                arcText(canvas, font, text, cx, cy, a - inset, b - inset, size, Math.toRadians(round ? 250 : 180));
                if (seal.shape() == SealShape.ROUND) {
                    star(cs, cx, cy, a * 0.28f);
                }
                kind(canvas, font, seal.kind(), cx, cy - b * 0.55f, size * 0.8f);
            }
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw PdfFault.of(e);
        }
    }

    /** Characters along the upper arc, each turned to the arc, evenly spaced but never spread thin. */
    private static void arcText(Canvas canvas, PdfFont font, String text, float cx, float cy, float ra, float rb, float size,
            double maxSpan) {
        int[] cps = text.codePoints().toArray();
        double step = Math.min(maxSpan / cps.length, size * 1.25 / Math.min(ra, rb));
        double t = Math.PI / 2 + step * cps.length / 2 - step / 2;
        for (int cp : cps) {
            String ch = Character.toString(cp);
            double rot = Math.atan2(-rb * Math.cos(t), ra * Math.sin(t));
            float w = font.width(cp) * size;
            float px = (float) (cx + ra * Math.cos(t) - Math.cos(rot) * w / 2);
            float py = (float) (cy + rb * Math.sin(t) - Math.sin(rot) * w / 2);
            canvas.rotatedText(font, size, px, py, rot, ch);
            t -= step;
        }
    }

    private static void lines(Canvas canvas, PdfFont font, String text, SealKind kind, float cx, float cy, float a, float b) {
        float size = Math.min(b * 0.45f, 2 * a * 0.85f / Math.max(0.1f, font.width(text)));
        float width = font.width(text) * size;
        boolean withKind = kind != SealKind.COMPANY;
        float y = withKind ? cy + size * 0.2f : cy - size * 0.35f;
        canvas.rotatedText(font, size, cx - width / 2, y, 0, text);
        if (withKind) {
            kind(canvas, font, kind, cx, cy - b * 0.55f, size * 0.8f);
        }
    }

    private static void kind(Canvas canvas, PdfFont font, SealKind kind, float cx, float baseline, float size) {
        String text = switch (kind) {
            case COMPANY -> "";
            case CONTRACT -> font.cjk() ? kind.nameZh() : "CONTRACT SEAL";
            case FINANCE -> font.cjk() ? kind.nameZh() : "FINANCE SEAL";
        };
        if (!text.isEmpty()) {
            canvas.rotatedText(font, size, cx - font.width(text) * size / 2, baseline, 0, text);
        }
    }

    static void ellipse(PDPageContentStream cs, float cx, float cy, float a, float b) throws IOException {
        float ka = (float) (a * BEZIER_CIRCLE);
        float kb = (float) (b * BEZIER_CIRCLE);
        cs.moveTo(cx + a, cy);
        cs.curveTo(cx + a, cy + kb, cx + ka, cy + b, cx, cy + b);
        cs.curveTo(cx - ka, cy + b, cx - a, cy + kb, cx - a, cy);
        cs.curveTo(cx - a, cy - kb, cx - ka, cy - b, cx, cy - b);
        cs.curveTo(cx + ka, cy - b, cx + a, cy - kb, cx + a, cy);
        cs.closePath();
    }

    private static void star(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float inner = r * 0.382f;
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            float rr = i % 2 == 0 ? r : inner;
            float x = (float) (cx + rr * Math.cos(angle));
            float y = (float) (cy + rr * Math.sin(angle));
            if (i == 0) {
                cs.moveTo(x, y);
            } else {
                cs.lineTo(x, y);
            }
        }
        cs.closePath();
        cs.fill();
    }
}
