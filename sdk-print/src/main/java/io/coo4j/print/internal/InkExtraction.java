package io.coo4j.print.internal;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Finds ink in a scan and lifts it onto a transparent background. A seal is red or blue ink (003 印章注意事项:
 * only red and blue seals can be extracted), a signature dark and unsaturated ink. Rows and columns with a
 * stray speck are ignored when cropping, so scanner dust does not stretch the box.
 */
public final class InkExtraction {
    /** Which ink to keep. */
    public enum Kind { SEAL, SIGNATURE }

    /** Less ink than this many pixels is no seal or signature at all. */
    private static final int MIN_INK = 150;
    /** A row or column needs this many ink pixels to count when cropping. */
    private static final int MIN_LINE = 3;
    /** Stamps are kept at this resolution at most: finer only bloats every PDF they go into. */
    private static final double MAX_STAMP_DPI = 300;

    private InkExtraction() {
    }

    /** The cropped ink, as ARGB pixels. */
    public record Ink(BufferedImage image) {
        public int width() {
            return image.getWidth();
        }

        public int height() {
            return image.getHeight();
        }

        /** As a PNG, scaled down to at most 300 dpi when the scan was finer. */
        public byte[] png(double dpi) {
            BufferedImage out = image;
            if (dpi > MAX_STAMP_DPI) {
                double k = MAX_STAMP_DPI / dpi;
                int w = Math.max(1, (int) Math.round(image.getWidth() * k));
                int h = Math.max(1, (int) Math.round(image.getHeight() * k));
                out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                java.awt.Graphics2D g = out.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(image, 0, 0, w, h, null);
                g.dispose();
            }
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ImageIO.write(out, "png", bytes);
                return bytes.toByteArray();
            } catch (IOException e) {
                throw PdfFault.of(e);
            }
        }
    }

    public static Optional<Ink> extract(BufferedImage scan, Kind kind) {
        int w = scan.getWidth();
        int h = scan.getHeight();
        int[] rows = new int[h];
        int[] cols = new int[w];
        int[] line = new int[w];
        long total = 0;
        for (int y = 0; y < h; y++) {
            scan.getRGB(0, y, w, 1, line, 0, w);
            for (int x = 0; x < w; x++) {
                if (alpha(line[x], kind) > 0) {
                    rows[y]++;
                    cols[x]++;
                    total++;
                }
            }
        }
        int top = first(rows);
        int left = first(cols);
        if (total < MIN_INK || top < 0 || left < 0) {
            return Optional.empty();
        }
        int bottom = last(rows);
        int right = last(cols);
        int cw = right - left + 1;
        int ch = bottom - top + 1;
        BufferedImage out = new BufferedImage(cw, ch, BufferedImage.TYPE_INT_ARGB);
        int[] px = new int[cw];
        for (int y = 0; y < ch; y++) {
            scan.getRGB(left, top + y, cw, 1, px, 0, cw);
            for (int x = 0; x < cw; x++) {
                int a = alpha(px[x], kind);
                px[x] = (a << 24) | (px[x] & 0xffffff);
            }
            out.setRGB(0, y, cw, 1, px, 0, cw);
        }
        return Optional.of(new Ink(out));
    }

    /** How much of a pixel is ink of this kind: 0 (paper) to 255. Transparent pixels are paper. */
    static int alpha(int argb, Kind kind) {
        if ((argb >>> 24) < 128) {
            return 0;
        }
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        int strength;
        if (kind == Kind.SEAL) {
            int red = r - Math.max(g, b);
            int blue = b - Math.max(r, g);
            strength = Math.max(red, blue) - 40;
        } else {
            int max = Math.max(r, Math.max(g, b));
            int min = Math.min(r, Math.min(g, b));
            strength = max - min < 60 ? 140 - (r + g + b) / 3 : 0;
        }
        return strength <= 0 ? 0 : Math.min(255, strength * 4);
    }

    private static int first(int[] counts) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] >= MIN_LINE) {
                return i;
            }
        }
        return -1;
    }

    private static int last(int[] counts) {
        for (int i = counts.length - 1; i >= 0; i--) {
            if (counts[i] >= MIN_LINE) {
                return i;
            }
        }
        return -1;
    }
}
