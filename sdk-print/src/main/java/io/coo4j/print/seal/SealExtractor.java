package io.coo4j.print.seal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.io.BoundedInput;
import io.coo4j.core.model.SealShape;
import io.coo4j.print.internal.Images;
import io.coo4j.print.internal.InkExtraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

/**
 * Takes a real seal or a handwritten signature out of a scan (真实印章图片, 003 印章制作 / 签名制作): keeps the
 * ink (red or blue for a seal, black for a signature), makes the rest transparent, crops to the ink and
 * sizes it from the scan's dpi (600 dpi is what the manual asks for). A scan with no seal, or a seal over the
 * limits of its shape (round Ø ≤ 45 mm, rectangle ≤ 55 × 40 mm, oval ≤ 55 × 45 mm), or a signature over
 * 4 × 4 cm, is refused with an {@link InvalidInputException}.
 *
 * <p>Scans are untrusted: the file size and the pixel dimensions in the header are checked before anything
 * is decoded (at most 40 MB and 15,000 pixels a side), and large scans are decoded subsampled.
 * Thread-safe (stateless).
 *
 * @since 0.1
 */
public final class SealExtractor {
    /** The largest signature, in mm each way (003 签名注意事项). */
    public static final double MAX_SIGNATURE_MM = 40;
    /** The largest scan file read: an A4 page at 1200 dpi compresses to well under this. */
    public static final int MAX_SCAN_BYTES = 40 << 20;

    private SealExtractor() {
    }

    /**
     * The bytes of a scan file, counted as read and refused past {@link #MAX_SCAN_BYTES}: the size a pipe or FIFO
     * reports is 0, so only the count bounds the memory a scan takes.
     */
    public static byte[] readScan(Path file) {
        InvalidInputException.requireArgument(file, "SealExtractor.readScan", "file");
        return BoundedInput.readAll(file, MAX_SCAN_BYTES, "a scan");
    }

    /** The seal in {@code scan}, scanned at {@code dpi}, checked against the limits of {@code shape}. */
    public static StampImage seal(byte[] scan, int dpi, SealShape shape) {
        InvalidInputException.requireArgument(shape, "SealExtractor.seal", "shape");
        Lifted seal = lift(scan, dpi, InkExtraction.Kind.SEAL, "seal scan", "no red or blue seal found in the scan");
        if (!shape.fits(mm(seal.w), mm(seal.h)) && !shape.fits(mm(seal.h), mm(seal.w))) {
            throw new InvalidInputException("seal scan", "", String.format(
                    "the seal measures %.1f × %.1f mm at %d dpi, over the limit of %s × %s mm for a %s seal",
                    seal.w, seal.h, dpi, shape.maxWidthMm(), shape.maxHeightMm(), shape.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return seal.stamp();
    }

    /** The black-ink signature in {@code scan}, scanned at {@code dpi}, at most 40 × 40 mm. */
    public static StampImage signature(byte[] scan, int dpi) {
        Lifted sig = lift(scan, dpi, InkExtraction.Kind.SIGNATURE, "signature scan", "no black-ink signature found in the scan");
        if (sig.w > MAX_SIGNATURE_MM || sig.h > MAX_SIGNATURE_MM) {
            throw new InvalidInputException("signature scan", "", String.format(
                    "the signature measures %.1f × %.1f mm at %d dpi, over the limit of 40 × 40 mm", sig.w, sig.h, dpi));
        }
        return sig.stamp();
    }

    /** Ink lifted from a scan, with its size in mm at the resolution it was decoded at. */
    private record Lifted(InkExtraction.Ink ink, double dpi, double w, double h) {
        StampImage stamp() {
            return new StampImage(ink.png(dpi), w, h);
        }
    }

    private static Lifted lift(byte[] scan, int dpi, InkExtraction.Kind kind, String source, String missing) {
        InvalidInputException.requireArgument(scan, source, "scan");
        checkDpi(dpi);
        Images.Decoded d = Images.decode(scan, source, Images.SCAN_LIMITS);
        InkExtraction.Ink ink = InkExtraction.extract(d.image(), kind)
                .orElseThrow(() -> new InvalidInputException(source, "", missing));
        double effectiveDpi = (double) dpi / d.subsampling();
        return new Lifted(ink, effectiveDpi, ink.width() * 25.4 / effectiveDpi, ink.height() * 25.4 / effectiveDpi);
    }

    private static void checkDpi(int dpi) {
        if (dpi < 72 || dpi > 2400) {
            throw new InvalidInputException("scan", "dpi", "must be between 72 and 2400, was " + dpi);
        }
    }

    private static BigDecimal mm(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
    }
}
