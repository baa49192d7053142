package io.coo4j.print.internal;

import io.coo4j.core.CooException;
import java.io.IOException;

/**
 * PDFBox or ImageIO failing on bytes held in memory. No file of the caller is involved, so it is neither bad input nor
 * a file that cannot be written: a fault of the library or of coo4j, reported with what the library said.
 */
final class PdfFault {
    private PdfFault() {
    }

    static CooException of(IOException e) {
        return new CooException("the PDF library failed on a document in memory: " + e.getMessage(), e);
    }
}
