package io.coo4j.testkit;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Synthetic scans at 300 dpi for the self-print tests: a red ring seal, a black signature, on white paper. */
final class Scans {
    static final int DPI = 300;

    private Scans() {
    }

    /** A red ring of {@code diameterMm} in the middle of a white sheet, as JPEG (what the manual asks scanners for). */
    static byte[] redSeal(double diameterMm) {
        int d = px(diameterMm);
        BufferedImage paper = paper(d + 400, d + 400);
        Graphics2D g = paper.createGraphics();
        g.setColor(new Color(220, 20, 30));
        g.setStroke(new BasicStroke(14));
        g.drawOval(200, 200, d, d);
        g.fillOval(200 + d / 2 - 40, 200 + d / 2 - 40, 80, 80);
        g.dispose();
        return write(paper, "jpg");
    }

    /** A black stroke {@code widthMm} wide, as PNG. */
    static byte[] blackSignature(double widthMm) {
        int w = px(widthMm);
        BufferedImage paper = paper(w + 400, 600);
        Graphics2D g = paper.createGraphics();
        g.setColor(new Color(15, 15, 20));
        g.setStroke(new BasicStroke(6));
        g.drawLine(200, 350, 200 + w / 2, 250);
        g.drawLine(200 + w / 2, 250, 200 + w, 330);
        g.dispose();
        return write(paper, "png");
    }

    /** A sheet with nothing on it. */
    static byte[] blank() {
        return write(paper(400, 400), "png");
    }

    private static int px(double mm) {
        return (int) Math.round(mm / 25.4 * DPI);
    }

    private static BufferedImage paper(int width, int height) {
        BufferedImage paper = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = paper.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return paper;
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
