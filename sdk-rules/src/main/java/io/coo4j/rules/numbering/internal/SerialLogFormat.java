package io.coo4j.rules.numbering.internal;

import io.coo4j.rules.numbering.SerialKey;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The lines of the file serial store (see {@code FileSerialStore}): a header line, then one record per allocated
 * serial, all ASCII and each ended by a line feed:
 * <pre>
 * coo4j-serials 1
 * E,19,456500999,0001,ec362b81
 * </pre>
 * A record is type, two-digit year, enterprise id, four-digit serial and the CRC-32C of the text before the last
 * comma as eight lower-case hex digits. The checksum is what tells a record torn by a crash from a written one,
 * and catches a flipped bit that would otherwise turn 0005 into 0004 and repeat a number. Stateless, thread-safe.
 */
public final class SerialLogFormat {
    /** The first line of every file, version included so that a later format is refused, not misread. */
    public static final String HEADER = "coo4j-serials 1";

    private SerialLogFormat() {
    }

    /** One record line, line feed included. */
    public static byte[] record(SerialKey key, int serial) {
        StringBuilder b = new StringBuilder(32).append(key.type()).append(',');
        NumberSyntax.appendPadded(b, key.year(), 2).append(',').append(key.enterpriseId()).append(',');
        NumberSyntax.appendPadded(b, serial, 4);
        String body = b.toString();
        String crc = Long.toHexString(crc(body.getBytes(StandardCharsets.US_ASCII), 0, body.length()));
        b.append(',');
        for (int i = crc.length(); i < 8; i++) {
            b.append('0');
        }
        return b.append(crc).append('\n').toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A record read back: the key and the serial it allocated. */
    public record Entry(SerialKey key, int serial) {
    }

    /**
     * Reads the record in {@code bytes[from, to)} (the line without its line feed).
     *
     * @return the entry; never null
     * @throws IllegalArgumentException whose message says what is wrong with the line
     */
    public static Entry parse(byte[] bytes, int from, int to) {
        int[] commas = new int[4];
        int found = 0;
        for (int i = from; i < to; i++) {
            byte c = bytes[i];
            if (c == ',') {
                if (found == 4) {
                    throw new IllegalArgumentException("more than 5 comma-separated fields");
                }
                commas[found++] = i;
            } else if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("byte 0x" + Integer.toHexString(c & 0xff)
                        + " is not printable ASCII");
            }
        }
        if (found != 4) {
            throw new IllegalArgumentException("expected 5 comma-separated fields (type,year,enterprise,serial,crc),"
                    + " found " + (found + 1));
        }
        String crcText = ascii(bytes, commas[3] + 1, to);
        if (crcText.length() != 8 || !crcText.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw new IllegalArgumentException("checksum must be 8 lower-case hex digits, got \"" + crcText + "\"");
        }
        long expected = Long.parseLong(crcText, 16);
        if (crc(bytes, from, commas[3]) != expected) {
            throw new IllegalArgumentException("checksum mismatch: the line is damaged");
        }
        String type = ascii(bytes, from, commas[0]);
        String year = ascii(bytes, commas[0] + 1, commas[1]);
        String enterprise = ascii(bytes, commas[1] + 1, commas[2]);
        String serial = ascii(bytes, commas[2] + 1, commas[3]);
        String problem = NumberSyntax.typeProblem(type);
        if (problem == null && (year.length() != 2 || !digits(year))) {
            problem = "year must be 2 digits, got \"" + year + "\"";
        }
        if (problem == null) {
            problem = NumberSyntax.enterpriseIdProblem(enterprise);
        }
        if (problem == null && (serial.length() != 4 || !digits(serial))) {
            problem = "serial must be 4 digits, got \"" + serial + "\"";
        }
        if (problem == null) {
            problem = NumberSyntax.serialProblem(Integer.parseInt(serial));
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new Entry(new SerialKey(enterprise, type, Integer.parseInt(year)), Integer.parseInt(serial));
    }

    private static long crc(byte[] bytes, int from, int to) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, to - from);
        return crc.getValue();
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
    }

    private static boolean digits(String s) {
        return s.chars().allMatch(c -> NumberSyntax.isDigit((char) c));
    }
}
