package io.coo4j.print.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.print.FontProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The font a renderer prints with. Parsing a 10 MB TrueType file costs milliseconds, so it is parsed once
 * per thread over one shared byte array: fontbox's {@link TrueTypeFont} reads its tables lazily and is not
 * thread-safe, and a parser per thread over the same bytes costs no copy. Thread-safe.
 */
public final class FontBank {
    private final String name;
    private final byte[] trueType;
    private final ThreadLocal<TrueTypeFont> parsed;

    public FontBank(FontProvider provider) {
        this.name = provider.name();
        this.trueType = provider.trueType().orElse(null);
        this.parsed = trueType == null ? null : ThreadLocal.withInitial(this::parse);
        if (trueType != null) {
            checkEmbeddable();
        }
    }

    /** Whether Chinese text can be printed. */
    public boolean cjk() {
        return trueType != null;
    }

    public String name() {
        return name;
    }

    /** The font for one document: a subset-embedded TrueType font, or the standard Helvetica. */
    public PdfFont forDocument(PDDocument doc) {
        if (trueType == null) {
            return new PdfFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), name, false);
        }
        try {
            return new PdfFont(PDType0Font.load(doc, parsed.get(), true), name, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Fails now rather than at the first print: a CFF-outline OpenType font cannot be subset-embedded. */
    private void checkEmbeddable() {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, parsed.get(), true);
            font.encode("A");
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new InvalidInputException(name, "", "cannot embed this font (a TrueType-outline font is needed): "
                    + e.getMessage(), e);
        }
    }
}
