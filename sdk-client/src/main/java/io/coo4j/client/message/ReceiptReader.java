package io.coo4j.client.message;

import io.coo4j.client.message.internal.Inputs;
import io.coo4j.client.message.internal.ReceiptXml;
import io.coo4j.core.InvalidInputException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads the receipts (回执) of the Single Window import client: {@code Receipt} and {@code FileRet}, in the
 * certificate message's namespace or in none. The input is not trusted (no DOCTYPE or entities, at most
 * 1 MB, shallow nesting); elements the receipt carries beyond the ones coo4j knows are ignored. Failures
 * are {@link io.coo4j.core.InvalidInputException}s naming the source, line and problem.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ReceiptReader {
    private static final ReceiptReader INSTANCE = new ReceiptReader();

    private ReceiptReader() {
    }

    /** The reader; it keeps no state, so every call answers the same instance. */
    public static ReceiptReader defaults() {
        return INSTANCE;
    }

    /** Reads a receipt of at most 1 MB; {@code source} names it in errors. */
    public CustomsReceipt read(InputStream in, String source) {
        InvalidInputException.requireArgument(in, "ReceiptReader.read", "in");
        InvalidInputException.requireArgument(source, "ReceiptReader.read", "source");
        return ReceiptXml.read(in, source);
    }

    /** Reads a receipt file, named in errors by its path. */
    public CustomsReceipt read(Path file) {
        return Inputs.read(InvalidInputException.requireArgument(file, "ReceiptReader.read", "file"), this::read);
    }
}
