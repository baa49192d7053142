package io.coo4j.testkit.internal;

import io.coo4j.core.ChinaTime;
import io.coo4j.core.lifecycle.CertificateLifecycle;
import io.coo4j.core.lifecycle.CertificateOperation;
import io.coo4j.core.model.Attachment;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.Issuer;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.rules.filing.FiledGoodsCheck;
import io.coo4j.excel.CertificateListExport;
import io.coo4j.excel.DateRange;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What hangs off a certificate besides its content: attachments (随附单据: added while draft or returned, deleted
 * while draft, 001 ch.4), void (作废, CCPIT only, approved only) and the certificate list export (Excel, certificates
 * created within one month, 001 ch.5) written by sdk-excel's {@link CertificateListExport}. Every state rule is
 * {@code CertificateLifecycle}'s, applied under the certificate's lock by {@link CertificateDesk#operate}.
 * Thread-safe.
 */
final class CertificateUpkeepDesk {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Review review;
    private final CertificateDesk certificates;
    private final AtomicLong uploads = new AtomicLong();

    CertificateUpkeepDesk(Review review, CertificateDesk certificates) {
        this.review = review;
        this.certificates = certificates;
    }

    /** The calls of {@code docs/api.md}'s certificate table: attachments, void, export. */
    void register(Routes routes) {
        routes.onPrepared("POST certificates/{number}/attachments", c -> {
                    Uploads.Checked checked = Uploads.check(c.read(Uploads.Upload.class));
                    return call -> Routes.Reply.created(attach(call.variable(0), checked));
                })
                .on("GET certificates/{number}/attachments",
                        c -> Routes.Reply.ok(Map.of("items", certificates.get(c.variable(0)).attachments())))
                .on("DELETE certificates/{number}/attachments/{id}", c -> {
                    detach(c.variable(0), c.variable(1));
                    return Routes.Reply.noContent();
                })
                .on("POST certificates/{number}/void", c -> Routes.Reply.ok(voidCertificate(c.variable(0))))
                .on("GET certificates/export", c -> Routes.Reply.ok(new Routes.Binary(XLSX, export(c.query()))));
    }

    Attachment attach(String number, Uploads.Checked upload) {
        // Unknown (404) or not editable (409) is said before what the content was judged, as the customs' page offers
        // no upload then; operate() applies the table again atomically with the change.
        CertificateLifecycle.TABLE.apply(certificates.get(number).state(), CertificateOperation.ADD_ATTACHMENT);
        Function<String, Attachment> accepted = upload.accept(review.clock.instant());
        List<Attachment> added = new ArrayList<>(1);
        // The id is taken inside, once operate() has allowed the change: a refused upload must not use one up.
        certificates.operate(number, CertificateOperation.ADD_ATTACHMENT, list -> {
            Attachment a = accepted.apply("AT" + uploads.incrementAndGet());
            list.add(a);
            added.add(a);
        });
        return added.get(0);
    }

    /** Looked up under the certificate's lock, so that of two deletions of one attachment the second is a 404. */
    void detach(String number, String id) {
        certificates.operate(number, CertificateOperation.DELETE_ATTACHMENT, list -> {
            if (!list.removeIf(a -> a.id().equals(id))) {
                throw ApiError.notFound("attachment " + id + " of certificate " + number);
            }
        });
    }

    /** 作废: only CCPIT voids its certificates (docs/domain.md, "After approval"), and only approved ones (the lifecycle table). */
    CertificateRecord voidCertificate(String number) {
        Issuer issuer = issuer(certificates.get(number).certificate());
        if (issuer != Issuer.CCPIT) {
            throw ApiError.transition("certificate " + number + " was issued by the customs; only CCPIT (贸促会) voids"
                    + " certificates", "ISSUER_" + issuer.name(), CertificateOperation.VOID.name());
        }
        return certificates.operate(number, CertificateOperation.VOID, list -> { });
    }

    /** The list of certificates created from {@code from} to {@code to} (China days, both included; default the last month). */
    byte[] export(Map<String, String> query) {
        LocalDate today = LocalDate.now(review.clock.withZone(ChinaTime.ZONE));
        LocalDate to = Params.date(query, "to");
        to = to == null ? today : to;
        LocalDate from = Params.date(query, "from");
        from = from == null ? to.minusMonths(1) : from;
        if (to.isBefore(from)) {
            throw ApiError.invalid("to", "the range ends (" + to + ") before it starts (" + from + ")");
        }
        if (from.isBefore(to.minusMonths(1))) {
            throw ApiError.invalid("from", "the export covers at most one month of creation dates (001 ch.5: "
                    + "可导出证书创建日期为一个月内的证书信息)");
        }
        List<CertificateRecord> records = certificates.records();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificateListExport.defaults().write(records, new DateRange(from, to), out);
        return out.toByteArray();
    }

    /** Who issues {@code c}: sdk-rules' reading of the issuing authority (a 6-digit CCPIT office code, 002). */
    static Issuer issuer(Certificate c) {
        return FiledGoodsCheck.issuer(c, ReferenceData.defaults());
    }
}
