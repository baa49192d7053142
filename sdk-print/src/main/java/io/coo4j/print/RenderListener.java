package io.coo4j.print;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Told of each document a {@link PdfRenderer} renders, for metrics: set one with
 * {@link PdfRenderer.Builder#listener(RenderListener)}. It is called when the render ends, on the rendering thread,
 * so it must be cheap and thread-safe. A listener that throws is logged at WARN and ignored: it never changes the
 * document or the exception the caller gets.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface RenderListener {
    /**
     * One render has ended.
     *
     * @param type     the certificate's type code (证书类型) as it was given, null when it had none; it may be a code the
     *                 reference data does not know, so check it before using it as a metric tag
     * @param kind     the document rendered
     * @param failure  null when the document was rendered, else the exception the caller gets
     * @param duration the time the render took, until the PDF or the failure
     */
    void rendered(@Nullable String type, DocumentKind kind, @Nullable RuntimeException failure, Duration duration);
}
