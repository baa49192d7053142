package io.coo4j.print;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.print.internal.FontBank;
import io.coo4j.print.internal.FormPainter;
import io.coo4j.print.internal.Layouts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the self-print documents (自助打印) of a certificate of origin (原产地证书) as PDF: the certificate in
 * the box layout of its type's form family, the application form (申请书), the invoice (发票) and the
 * authentication slip (认证凭条); standard or overlay (套打), original or copy, with background pattern, seals
 * and signatures as {@link RenderOptions} say. A China–ASEAN movement certificate (流动证明) prints standard only, on
 * both sides of each sheet (001 §1.24: "证书打印无需进行套打，只需在双面打印机使用 A4 纸打印即可").
 *
 * <p>Layouts are data: one JSON file per form family under {@code io/coo4j/print/layouts/}, in mm from the
 * page's top-left corner; {@link Builder#layouts(Path)} names a folder whose files of the same name replace them.
 *
 * <p>Thread-safe and meant to be shared: build one per process. It holds at most one parsed copy of the font per
 * processor (at most 8), however many threads render; a render waits when all are in use.
 * Bad input — a character the font cannot print, a control character, a box overflowing — is an
 * {@link InvalidInputException} naming the field.
 *
 * @since 0.1
 */
public final class PdfRenderer {
    private static final Logger LOG = LoggerFactory.getLogger("io.coo4j.print");
    private static final String FORM_E = "FORM_E";
    private final FormPainter painter;
    private final ReferenceData reference;
    private final @Nullable RenderListener listener;

    private PdfRenderer(Builder b) {
        this.reference = b.reference != null ? b.reference : ReferenceData.defaults();
        FontProvider fonts = b.fonts != null ? b.fonts : FontProvider.automatic();
        this.painter = new FormPainter(new Layouts(b.layouts), new FontBank(fonts), reference);
        this.listener = b.listener;
    }

    /** A renderer with {@link FontProvider#automatic()} fonts and the default reference data. */
    public static PdfRenderer defaults() {
        return builder().build();
    }

    /** A builder whose settings all have defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Renders the certificate. */
    public Rendered render(Certificate certificate, RenderOptions options) {
        return render(certificate, DocumentKind.CERTIFICATE, options);
    }

    /** Renders one of the documents of {@code certificate}. */
    public Rendered render(Certificate certificate, DocumentKind kind, RenderOptions options) {
        InvalidInputException.requireArgument(certificate, "PdfRenderer.render", "certificate");
        InvalidInputException.requireArgument(kind, "PdfRenderer.render", "kind");
        InvalidInputException.requireArgument(options, "PdfRenderer.render", "options");
        if (listener == null) {
            return paint(certificate, kind, options); // no clock read: the hook costs nothing unless it is used
        }
        long start = System.nanoTime();
        try {
            Rendered rendered = paint(certificate, kind, options);
            tell(certificate, kind, null, start);
            return rendered;
        } catch (RuntimeException e) {
            tell(certificate, kind, e, start);
            throw e;
        }
    }

    private void tell(Certificate certificate, DocumentKind kind, @Nullable RuntimeException failure, long start) {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        try {
            listener.rendered(certificate.type(), kind, failure, took);
        } catch (RuntimeException e) {
            LOG.warn("the render listener {} failed; ignored", listener, e);
        }
    }

    private Rendered paint(Certificate certificate, DocumentKind kind, RenderOptions options) {
        if (kind != DocumentKind.CERTIFICATE && options.mode() == PrintMode.OVERLAY) {
            throw new InvalidInputException("PdfRenderer.render", "options", "overlay printing (套打) is for certificates"
                    + " only, not for the " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        String layout = layoutId(certificate, kind);
        if (options.mode() == PrintMode.OVERLAY && isMovementCertificate(certificate, layout)) {
            // refused, not quietly printed standard: the caller asked for a print onto a pre-printed blank
            throw new InvalidInputException("PdfRenderer.render", "options", "overlay printing (套打) is refused for a"
                    + " China–ASEAN movement certificate (流动证明): it is printed whole on plain A4, both sides, never"
                    + " overlaid: 001 §1.24 证书打印无需进行套打，只需在双面打印机使用 A4 纸打印即可");
        }
        return painter.render(certificate, layout, options);
    }

    /**
     * A China–ASEAN movement certificate (流动证明, 001 §1.24): a Form E with an original proof behind it. It prints in
     * {@link PrintMode#STANDARD} only, duplex: each page is followed by the form's notes for its back.
     */
    private static boolean isMovementCertificate(Certificate certificate, String layoutId) {
        return certificate.backToBack() != null && FORM_E.equals(layoutId);
    }

    /** The layout a document prints in: the certificate type's form family, or the document's own. */
    String layoutId(Certificate certificate, DocumentKind kind) {
        if (kind != DocumentKind.CERTIFICATE) {
            return kind.name().toLowerCase(Locale.ROOT);
        }
        return reference.certificateType(certificate.type()).map(CertificateType::formFamily)
                .orElseThrow(() -> new InvalidInputException("certificate", "type",
                        "unknown certificate type " + certificate.type()));
    }

    /** Builds a {@link PdfRenderer}. Not thread-safe. */
    public static final class Builder {
        private @Nullable FontProvider fonts;
        private @Nullable ReferenceData reference;
        private @Nullable Path layouts;
        private @Nullable RenderListener listener;

        private Builder() {
        }

        /** The font; {@link FontProvider#automatic()} by default (also when null). */
        public Builder fonts(@Nullable FontProvider v) {
            fonts = v;
            return this;
        }

        /** The reference data (certificate types, countries); {@link ReferenceData#defaults()} by default (also when null). */
        public Builder referenceData(@Nullable ReferenceData v) {
            reference = v;
            return this;
        }

        /** A folder of layout files that replace the bundled ones of the same name; null for the bundled ones only. */
        public Builder layouts(@Nullable Path folder) {
            layouts = folder;
            return this;
        }

        /**
         * Told of each render with its type, document, outcome and duration, for metrics; none by default (also when
         * null; then the renderer reads no clock).
         */
        public Builder listener(@Nullable RenderListener v) {
            listener = v;
            return this;
        }

        /** The renderer; immutable and thread-safe. */
        public PdfRenderer build() {
            return new PdfRenderer(this);
        }
    }
}
