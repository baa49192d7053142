package io.coo4j.print.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.print.seal.StampImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Image stamps as PDF images. The same seal goes on thousands of certificates, so its pixels are
 * decoded and compressed once (kept while its {@link StampImage} lives) and each document only copies
 * the compressed streams. Thread-safe.
 */
public final class RasterStamps {
    private record Encoded(int width, int height, byte[] rgb, byte[] alpha) {
    }

    private final Map<byte[], Encoded> cache = Collections.synchronizedMap(new WeakHashMap<>());

    /** The stamp as an image of {@code doc}, with its transparency as a soft mask. */
    public PDImageXObject image(PDDocument doc, StampImage stamp) {
        Encoded e = cache.computeIfAbsent(stamp.png(), RasterStamps::encode);
        try {
            PDImageXObject mask = new PDImageXObject(doc, new ByteArrayInputStream(e.alpha), COSName.FLATE_DECODE,
                    e.width, e.height, 8, PDDeviceGray.INSTANCE);
            PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(e.rgb), COSName.FLATE_DECODE,
                    e.width, e.height, 8, PDDeviceRGB.INSTANCE);
            image.getCOSObject().setItem(COSName.SMASK, mask);
            return image;
        } catch (IOException ex) {
            throw PdfFault.of(ex);
        }
    }

    private static Encoded encode(byte[] png) {
        BufferedImage img = Images.decode(png, "stamp", Images.STAMP_LIMITS).image();
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] rgb = new byte[w * h * 3];
        byte[] alpha = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                int i = y * w + x;
                rgb[i * 3] = (byte) (p >> 16);
                rgb[i * 3 + 1] = (byte) (p >> 8);
                rgb[i * 3 + 2] = (byte) p;
                alpha[i] = (byte) (p >>> 24);
            }
        }
        if (w == 0 || h == 0) {
            throw new InvalidInputException("stamp", "png", "empty image");
        }
        return new Encoded(w, h, Flate.compress(rgb), Flate.compress(alpha));
    }
}
