package io.coo4j.print.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: at spaces, and between Chinese characters, which need none;
 * a word longer than the line is broken where it overflows, with a hyphen only when asked (连词符转换,
 * off by default: 001 l.464–466).
 */
public final class TextWrap {
    private TextWrap() {
    }

    /**
     * @param width the line width in points
     * @param size  the font size in points
     */
    public static List<String> lines(String text, PdfFont font, float size, float width, boolean hyphenate) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrap(paragraph.strip(), font, width / size, hyphenate, out);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static void wrap(String p, PdfFont font, float max, boolean hyphenate, List<String> out) {
        if (p.isEmpty()) {
            out.add("");
            return;
        }
        float hyphen = font.width('-');
        int start = 0;
        while (start < p.length()) {
            float w = 0;
            int breakAt = -1;
            int i = start;
            while (i < p.length()) {
                int cp = p.codePointAt(i);
                float cw = font.width(cp);
                if (w + cw > max && i > start) {
                    break;
                }
                w += cw;
                i += Character.charCount(cp);
                if (cp == ' ' || cjk(cp) || (i < p.length() && cjk(p.codePointAt(i)))) {
                    breakAt = i;
                }
            }
            if (i >= p.length()) {
                out.add(p.substring(start));
                return;
            }
            if (breakAt > start) {
                out.add(p.substring(start, breakAt).stripTrailing());
                start = skipSpaces(p, breakAt);
            } else if (hyphenate && i - start > 1) {
                int cut = i;
                while (cut - start > 1 && font.width(p.substring(start, cut)) + hyphen > max) {
                    cut = p.offsetByCodePoints(cut, -1);
                }
                out.add(p.substring(start, cut) + "-");
                start = cut;
            } else {
                out.add(p.substring(start, i));
                start = i;
            }
        }
    }

    private static int skipSpaces(String p, int i) {
        while (i < p.length() && p.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean cjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
