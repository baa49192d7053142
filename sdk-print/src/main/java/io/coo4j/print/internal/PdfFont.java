package io.coo4j.print.internal;

import io.coo4j.core.InvalidInputException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * The font of one document, with the widths it has measured, and whether it can print Chinese (a font the user's
 * provider gave). Not thread-safe: one per document. Closing it gives a parsed TrueType font back to its {@link FontBank}, so
 * close it after the document is saved (the subset is written then) and before another thread could need it.
 */
public final class PdfFont implements AutoCloseable {
    private static final Encoding WIN_ANSI = WinAnsiEncoding.INSTANCE;

    private final PDFont font;
    private final String name;
    private final boolean cjk;
    private final Map<Integer, Float> widths = new HashMap<>();
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    /** Gives the parsed font back; null once run. */
    private Runnable release;

    PdfFont(PDFont font, String name, boolean cjk, Runnable release) {
        this.font = font;
        this.name = name;
        this.cjk = cjk;
        this.release = release;
    }

    /** Gives the parsed font back to its bank; a second close does nothing, so a copy is never lent twice. */
    @Override
    public void close() {
        Runnable r = release;
        release = null;
        if (r != null) {
            r.run();
        }
    }

    public PDFont font() {
        return font;
    }

    public boolean cjk() {
        return cjk;
    }

    /** Width of {@code text} at 1 pt, in points. */
    public float width(CharSequence text) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Width of one character at 1 pt, in points. */
    public float width(int codePoint) {
        return widths.computeIfAbsent(codePoint, cp -> {
            try {
                return font.getStringWidth(Character.toString(cp)) / 1000f;
            } catch (IOException | IllegalArgumentException e) {
                return 0f;
            }
        });
    }

    /**
     * The text as it can be printed: tabs become spaces, CR LF a line break; any other control character,
     * or a character the font has no glyph for (emoji; Chinese without a CJK font), is refused.
     *
     * @param path where the text comes from, for the message ({@code goods[2].description})
     */
    public String printable(String text, String path) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\r') {
                continue;
            } else if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                throw new InvalidInputException("certificate", path,
                        String.format("control character U+%04X cannot be printed", cp));
            } else {
                if (!canPrint(cp)) {
                    throw new InvalidInputException("certificate", path, String.format(
                            "character U+%04X (%s) has no glyph in %s%s", cp, Character.toString(cp), name,
                            cjk || cp < 0x2E80 ? "" : ": Chinese text needs a CJK font (add io.coo4j:sdk-print-font-sc)"));
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * Whether the font has a glyph for {@code cp}. The Latin font prints what the standard Helvetica it stands in for
     * printed, the characters of WinAnsiEncoding, though it has glyphs for more: the same text is refused with or
     * without it.
     */
    private boolean canPrint(int cp) {
        return glyphs.computeIfAbsent(cp, c -> {
            if (!cjk && !WIN_ANSI.contains(GlyphList.getAdobeGlyphList().codePointToName(c))) {
                return false;
            }
            try {
                font.encode(Character.toString(c));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
