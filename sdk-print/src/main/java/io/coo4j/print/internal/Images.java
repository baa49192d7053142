package io.coo4j.print.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.print.seal.SealExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes untrusted images (scans, stamps) safely: the file size, then the dimensions read from the header,
 * are checked before a single pixel is decoded, so a 20,000 × 20,000 image or a PNG bomb (a tiny file that
 * declares a huge image) is refused without allocating it. Large scans are decoded subsampled to a pixel
 * budget; the caller scales its dpi by the returned factor.
 */
public final class Images {
    /**
     * @param maxBytes     largest file
     * @param maxSide      longest side, in pixels
     * @param maxPixels    largest width × height declared
     * @param decodePixels decoded images are subsampled to stay within this many pixels
     */
    public record Limits(long maxBytes, int maxSide, long maxPixels, long decodePixels) {
    }

    /** A decoded image and the subsampling applied (1 = full resolution). */
    public record Decoded(BufferedImage image, int subsampling) {
    }

    /** Stamps: at most 4,000 pixels a side, 16 megapixels, 8 MB. */
    public static final Limits STAMP_LIMITS = new Limits(8L << 20, 4_000, 16_000_000L, 16_000_000L);
    /** Scans: an A4 page at up to 1200 dpi, 40 MB; decoded within 12 megapixels. */
    public static final Limits SCAN_LIMITS = new Limits(SealExtractor.MAX_SCAN_BYTES, 15_000, 150_000_000L, 12_000_000L);

    private Images() {
    }

    public static Decoded decode(byte[] bytes, String source, Limits limits) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException(source, "", "empty file");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new InvalidInputException(source, "", "the image is " + bytes.length / 1024 / 1024
                    + " MB; at most " + limits.maxBytes() / 1024 / 1024 + " MB is accepted");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidInputException(source, "", "not an image ImageIO can read (PNG, JPEG, BMP, GIF)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                long pixels = (long) w * h;
                if (w <= 0 || h <= 0 || w > limits.maxSide() || h > limits.maxSide() || pixels > limits.maxPixels()) {
                    throw new InvalidInputException(source, "", "the image declares " + w + " × " + h
                            + " pixels; at most " + limits.maxSide() + " a side and " + limits.maxPixels() / 1_000_000
                            + " megapixels are accepted");
                }
                int sub = 1;
                while (pixels / ((long) sub * sub) > limits.decodePixels()) {
                    sub++;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(sub, sub, 0, 0);
                return new Decoded(reader.read(0, param), sub);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(source, "", "the image cannot be decoded: " + e.getMessage(), e);
        }
    }
}
