package io.coo4j.core.json.internal;

/**
 * Strict UTF-8 (RFC 3629): Jackson decodes an overlong sequence such as {@code C0 AF} to the character it spells
 * ({@code /}), so text that no check saw as a slash comes out as one. Every byte sequence that is not the one shortest
 * encoding of a Unicode scalar value is refused here, before parsing. ASCII, the bulk of a document, costs one test a
 * byte.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** The offset of the first byte that starts an invalid sequence, or -1 when all of {@code b} is valid UTF-8. */
    public static int firstInvalid(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int length;
            int lowest = 0x80;
            int highest = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                length = 2;
            } else if (c >= 0xe0 && c <= 0xef) {
                length = 3;
                lowest = c == 0xe0 ? 0xa0 : 0x80; // E0 80..9F would be overlong
                highest = c == 0xed ? 0x9f : 0xbf; // ED A0..BF would be a surrogate
            } else if (c >= 0xf0 && c <= 0xf4) {
                length = 4;
                lowest = c == 0xf0 ? 0x90 : 0x80; // F0 80..8F would be overlong
                highest = c == 0xf4 ? 0x8f : 0xbf; // past F4 8F is beyond U+10FFFF
            } else {
                return i; // a continuation byte, C0/C1 (always overlong) or F5..FF
            }
            if (i + length > n) {
                return i;
            }
            int second = b[i + 1] & 0xff;
            if (second < lowest || second > highest) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                if ((b[i + k] & 0xc0) != 0x80) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }
}
