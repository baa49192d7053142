package io.coo4j.print.internal;

import java.util.Arrays;

/**
 * Prepares TrueType font bytes for fontbox. Noto Sans SC, like most CJK fonts, has a format 14 {@code cmap} subtable
 * (Unicode variation sequences) that fontbox does not read: it says so at WARN each time it parses the font — at the
 * first render and again for every parsed copy a {@link FontBank} makes. The subtable's entry is taken out of the
 * {@code cmap} directory before fontbox sees it, so nothing it would use changes and nothing is logged; the embedded
 * subsets, which fontbox writes with cmaps of its own, come out byte for byte the same.
 */
public final class FontFiles {
    private static final int SFNT_HEADER = 12;
    private static final int TABLE_RECORD = 16;
    private static final int ENCODING_RECORD = 8;
    private static final int VARIATION_SEQUENCES = 14;

    private FontFiles() {
    }

    /**
     * {@code font} with its format 14 cmap subtables unlisted, changed in place (the caller owns the bytes and no
     * copy of a 10 MB font is made). Bytes that are not a single TrueType font, or whose tables do not fit inside
     * them, are left as they are for fontbox to judge.
     */
    public static byte[] withoutVariationSequences(byte[] font) {
        int cmap = cmapOffset(font);
        if (cmap < 0 || cmap + 4 > font.length) {
            return font;
        }
        int count = u16(font, cmap + 2);
        int records = cmap + 4;
        if (records + count * ENCODING_RECORD > font.length) {
            return font;
        }
        for (int i = 0; i < count; ) {
            int record = records + i * ENCODING_RECORD;
            long subtable = cmap + u32(font, record + 4);
            if (subtable + 2 <= font.length && u16(font, (int) subtable) == VARIATION_SEQUENCES) {
                int end = records + count * ENCODING_RECORD;
                System.arraycopy(font, record + ENCODING_RECORD, font, record, end - record - ENCODING_RECORD);
                Arrays.fill(font, end - ENCODING_RECORD, end, (byte) 0);
                count--;
                font[cmap + 2] = (byte) (count >>> 8);
                font[cmap + 3] = (byte) count;
            } else {
                i++;
            }
        }
        return font;
    }

    /** Where the {@code cmap} table starts, or -1. */
    private static int cmapOffset(byte[] font) {
        if (font.length < SFNT_HEADER || u32(font, 0) != 0x00010000L) {
            return -1; // not a TrueType-outline font (OpenType CFF, a collection, garbage): leave it alone
        }
        int tables = u16(font, 4);
        for (int i = 0; i < tables; i++) {
            int record = SFNT_HEADER + i * TABLE_RECORD;
            if (record + TABLE_RECORD > font.length) {
                return -1;
            }
            if (font[record] == 'c' && font[record + 1] == 'm' && font[record + 2] == 'a' && font[record + 3] == 'p') {
                long offset = u32(font, record + 8);
                return offset < font.length ? (int) offset : -1;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | b[at + 1] & 0xff;
    }

    private static long u32(byte[] b, int at) {
        return (long) u16(b, at) << 16 | u16(b, at + 2);
    }
}
