package io.coo4j.print.internal;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/** Compresses bytes once for PDF streams that many documents copy (FlateDecode). */
final class Flate {
    private Flate() {
    }

    static byte[] compress(byte[] data) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 8 + 64);
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }
}
