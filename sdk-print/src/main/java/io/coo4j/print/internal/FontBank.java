package io.coo4j.print.internal;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.print.FontProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font a renderer prints with. Parsing a 10 MB TrueType file costs milliseconds, so parsed copies are kept and
 * lent to one document at a time: fontbox's {@link TrueTypeFont} reads its tables lazily and is not thread-safe,
 * and a document uses it until it is saved, when the subset is written. The copies share one byte array and their
 * number is bounded by {@link #MAX_PARSED}, not by the number of threads that render: an application server's
 * pool of 200 threads holds no more fonts than a CLI, and nothing outlives the renderer (no thread-local, which
 * would keep a redeployed application's classes alive). Rendering is CPU-bound, so more copies than processors
 * would only hold memory; a render that finds every copy lent waits for one. Thread-safe.
 *
 * <p>A provider without a font of its own gets Liberation Sans, the copy PDFBox itself ships (SIL Open Font License),
 * metric-compatible with Helvetica, subset-embedded like any other. Not the standard 14 Helvetica: PDFBox looks up a
 * system font to stand in for it whenever it makes one, and on a machine without Helvetica or Arial (most servers) logs
 * "Using fallback font LiberationSans for base font Helvetica" as a warning for every document, scanning the system's
 * fonts into a cache in the user's home on the first.
 */
public final class FontBank {
    /** The most parsed copies a bank holds at once: one per processor, at most 8. */
    public static final int MAX_PARSED = Math.min(8, Runtime.getRuntime().availableProcessors());
    /** PDFBox's own Latin font, the one it falls back to for Helvetica. */
    static final String LATIN_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final String name;
    private final byte[] trueType;
    private final boolean cjk;
    /** Copies not lent; with the permits, never more than {@link #MAX_PARSED} exist. */
    private final BlockingQueue<TrueTypeFont> idle = new ArrayBlockingQueue<>(MAX_PARSED);
    /** One permit per copy that may be lent; a copy is parsed only by a holder that finds none idle. */
    private final Semaphore lendable = new Semaphore(MAX_PARSED);
    private final AtomicInteger parsed = new AtomicInteger();

    public FontBank(FontProvider provider) {
        this.name = provider.name();
        Optional<byte[]> own = provider.trueType();
        this.cjk = own.isPresent();
        this.trueType = own.orElseGet(LatinFont::bytes);
        if (cjk) {
            checkEmbeddable();
        }
    }

    /** Whether Chinese text can be printed: the provider gave a font of its own. */
    public boolean cjk() {
        return cjk;
    }

    public String name() {
        return name;
    }

    /** How many parsed copies of the font this bank holds, lent or idle: at most {@link #MAX_PARSED}. */
    public int parsedCopies() {
        return parsed.get();
    }

    /**
     * The font for one document, subset-embedded. Close it once the document is saved or abandoned: that gives the
     * parsed copy back.
     */
    public PdfFont forDocument(PDDocument doc) {
        TrueTypeFont font = borrow();
        PdfFont lent = null;
        try {
            lent = new PdfFont(PDType0Font.load(doc, font, true), name, cjk, () -> giveBack(font));
            return lent;
        } catch (IOException e) {
            throw PdfFault.of(e);
        } finally {
            if (lent == null) {
                giveBack(font);
            }
        }
    }

    private TrueTypeFont borrow() {
        try {
            lendable.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CooException("interrupted while waiting for a parsed copy of the font " + name, e);
        }
        TrueTypeFont font = idle.poll();
        if (font != null) {
            return font;
        }
        try {
            font = parse();
        } catch (RuntimeException e) {
            lendable.release();
            throw e;
        }
        parsed.incrementAndGet();
        return font;
    }

    private void giveBack(TrueTypeFont font) {
        idle.add(font); // cannot be full: this copy was counted against a permit not yet released
        lendable.release();
    }

    private TrueTypeFont parse() {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(trueType));
            // The forms print plain Latin and Chinese, which need no glyph substitution; PDFBox's GSUB pass
            // compiles regular expressions on every showText and was half the time of a page.
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new InvalidInputException(name, "", "not a TrueType font: " + e.getMessage(), e);
        }
    }

    /** The Latin font's bytes, read from PDFBox's jar once per process (400 KB) and only if a bank needs them. */
    private static final class LatinFont {
        private static final byte[] BYTES = read();

        static byte[] bytes() {
            return BYTES;
        }

        private static byte[] read() {
            try (InputStream in = PDType0Font.class.getResourceAsStream(LATIN_RESOURCE)) {
                if (in == null) {
                    throw new CooException(LATIN_RESOURCE + " is not in PDFBox's jar: sdk-print needs the PDFBox version it"
                            + " was built with");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new CooException(LATIN_RESOURCE + ": cannot read the font from PDFBox's jar: " + e.getMessage(), e);
            }
        }
    }

    /** Fails now rather than at the first print: a CFF-outline OpenType font cannot be subset-embedded. */
    private void checkEmbeddable() {
        try (PDDocument doc = new PDDocument(); PdfFont font = forDocument(doc)) {
            font.font().encode("A");
        } catch (IOException | UncheckedIOException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new InvalidInputException(name, "", "cannot embed this font (a TrueType-outline font is needed): "
                    + e.getMessage(), e);
        }
    }
}
