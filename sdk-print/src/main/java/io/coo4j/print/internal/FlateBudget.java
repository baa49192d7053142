package io.coo4j.print.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * Measures what the Flate streams of a PDF decompress to, without keeping any of it, before PDFBox sees the file.
 * PDFBox decodes a stream whole into memory (cross-reference and object streams while it loads, a page's content when
 * it is copied or parsed), so a 1 MB file holding a 1 GB Flate stream cost 2.8 GB (issue 16, item 4). Scanning the raw
 * bytes for every {@code stream} keyword covers the streams the loader needs before any structure is trusted.
 *
 * <p>Only zlib data (what {@code /FlateDecode} holds) is inflated; anything else is left for PDFBox to judge. Thread-safe
 * (stateless).
 */
public final class FlateBudget {
    private static final byte[] KEYWORD = {'s', 't', 'r', 'e', 'a', 'm'};

    private FlateBudget() {
    }

    /**
     * The first way {@code pdf} goes over budget, or {@code null} when none of its Flate streams inflates to more than
     * {@code perStream} bytes and all of them together to no more than {@code total}. Costs one 64 KB buffer and at
     * most {@code total + perStream} bytes of inflating, whatever the file claims.
     */
    public static String overBudget(byte[] pdf, long perStream, long total) {
        long sum = 0;
        byte[] sink = new byte[64 * 1024];
        Inflater inflater = new Inflater();
        try {
            for (int at = indexOf(pdf, 0); at >= 0; at = indexOf(pdf, at + KEYWORD.length)) {
                int start = dataStart(pdf, at);
                if (start < 0 || !zlibHeader(pdf, start)) {
                    continue;
                }
                inflater.reset();
                inflater.setInput(pdf, start, pdf.length - start);
                long size = inflateLeniently(inflater, sink, perStream + 1);
                if (size > perStream) {
                    return "a stream at byte " + start + " decompresses to more than " + perStream / (1024 * 1024)
                            + " MB";
                }
                sum += size;
                if (sum > total) {
                    return "its streams decompress to more than " + total / (1024 * 1024) + " MB together";
                }
            }
            return null;
        } finally {
            inflater.end();
        }
    }

    /**
     * What is wrong with {@code stream} when it is Flate data that does not decode to its end, else {@code null}.
     * PDFBox decodes what it can of a damaged stream and only logs the rest, so a page whose content is garbage would
     * pass as an empty page. Inflates at most {@code cap} bytes, keeping none.
     */
    public static String damaged(COSStream stream, long cap) throws IOException {
        if (!COSName.FLATE_DECODE.equals(stream.getFilters())) {
            return null;
        }
        byte[] raw;
        try (InputStream in = stream.createRawInputStream()) {
            raw = in.readAllBytes();
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(raw);
            inflate(inflater, new byte[64 * 1024], cap);
            return inflater.finished() ? null : "its Flate data is damaged or cut short";
        } catch (DataFormatException e) {
            return "its Flate data is damaged (" + e.getMessage() + ")";
        } finally {
            inflater.end();
        }
    }

    /** Bytes inflated until the stream ends, breaks or reaches {@code cap}. */
    private static long inflate(Inflater inflater, byte[] sink, long cap) throws DataFormatException {
        long size = 0;
        while (size < cap && !inflater.finished()) {
            int n = inflater.inflate(sink);
            if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                break;
            }
            size += n;
        }
        return size;
    }

    /** {@link #inflate} of something that may not be Flate at all: what came out so far counts. */
    private static long inflateLeniently(Inflater inflater, byte[] sink, long cap) {
        try {
            return inflate(inflater, sink, cap);
        } catch (DataFormatException notFlateOrDamaged) {
            // Damage in a page's content is reported by damaged(); elsewhere PDFBox judges it.
            return inflater.getBytesWritten();
        }
    }

    /** The offset after the end of line that follows {@code stream} at {@code at}, or -1 when this is not one. */
    private static int dataStart(byte[] pdf, int at) {
        if (at >= 3 && pdf[at - 3] == 'e' && pdf[at - 2] == 'n' && pdf[at - 1] == 'd') {
            return -1;
        }
        int i = at + KEYWORD.length;
        if (i < pdf.length && pdf[i] == '\r') {
            i++;
        }
        return i < pdf.length && pdf[i] == '\n' ? i + 1 : -1;
    }

    private static boolean zlibHeader(byte[] pdf, int at) {
        if (at + 1 >= pdf.length) {
            return false;
        }
        int cmf = pdf[at] & 0xff;
        int flg = pdf[at + 1] & 0xff;
        return (cmf & 0x0f) == 8 && (cmf * 256 + flg) % 31 == 0;
    }

    private static int indexOf(byte[] pdf, int from) {
        outer:
        for (int i = from; i <= pdf.length - KEYWORD.length; i++) {
            for (int k = 0; k < KEYWORD.length; k++) {
                if (pdf[i + k] != KEYWORD[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
