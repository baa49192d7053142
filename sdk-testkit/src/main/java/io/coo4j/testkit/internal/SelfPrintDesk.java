package io.coo4j.testkit.internal;

import io.coo4j.client.PrintDocument;
import io.coo4j.client.PrintLayout;
import io.coo4j.client.PrintMark;
import io.coo4j.client.PrintableCertificate;
import io.coo4j.client.SealRequest;
import io.coo4j.client.SignatureRequest;
import io.coo4j.core.ChinaTime;
import io.coo4j.core.Digests;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.CertificateLifecycle;
import io.coo4j.core.lifecycle.CertificateOperation;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.lifecycle.PrintExceptionReason;
import io.coo4j.core.lifecycle.SelfPrintLifecycle;
import io.coo4j.core.lifecycle.SelfPrintOperation;
import io.coo4j.core.lifecycle.SelfPrintState;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.PrintException;
import io.coo4j.core.model.Receipt;
import io.coo4j.core.model.Seal;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import io.coo4j.core.model.SelfPrintAuthorization;
import io.coo4j.core.model.Signature;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.FieldValidator;
import io.coo4j.excel.CertificateListExport;
import io.coo4j.excel.DateRange;
import io.coo4j.print.DocumentKind;
import io.coo4j.print.FontProvider;
import io.coo4j.print.PdfRenderer;
import io.coo4j.print.RenderOptions;
import io.coo4j.print.Rendered;
import io.coo4j.print.seal.SealDesign;
import io.coo4j.print.seal.SealExtractor;
import io.coo4j.print.seal.SealGenerator;
import io.coo4j.print.seal.Stamp;
import io.coo4j.print.seal.StampImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The customs' self-print desk (自助打印, 003; 001 ch.13): seals and signatures (standard seals drawn by sdk-print's
 * {@link SealGenerator}, real ones and signatures lifted from scans by its {@link SealExtractor}, every field checked
 * by sdk-core's {@link FieldValidator}), the authorization that snapshots the default seal and signature, agent print
 * authorization, and for each approved certificate of a self-print type approved after the authorization its print
 * state through {@link SelfPrintLifecycle#TABLE}: the layout arrives one review delay after the certificate's
 * approval (and again one review delay after a content-fault exception), the file is rendered by {@link PdfRenderer}.
 * It also answers the enterprise's 存档 of a certificate, which only a self-printed original allows.
 * Thread-safe: one lock for the authorization and the print states; the shelves lock themselves.
 */
final class SelfPrintDesk {
    /** 003 常见问题 Q5: more pages than this print better as overlay (套打). */
    private static final int OVERLAY_ADVISED_PAGES = 10;
    /** The simulator's bound on an exception's details (the manual gives none): input is hostile until checked. */
    private static final int DETAILS_MAX = 500;
    private static final int STANDARD_SEAL_DPI = 300;
    private static final FieldValidator FIELDS = FieldValidator.defaults();
    /** The {@code state} of the 409 refusing to archive a certificate whose original was not self-printed. */
    private static final String NOT_SELF_PRINTED = "ORIGINAL_NOT_SELF_PRINTED";
    /** 003 代理打印授权: "请输入代理企业9位组织机构代码". */
    private static final String AGENT_CODE = "[0-9A-Z]{9}";

    private final CertificateDesk certificates;
    private final Review review;
    private final DeclarantDesk declarants;
    private final PdfRenderer renderer = PdfRenderer.defaults();
    private final SealGenerator generator = SealGenerator.create(FontProvider.automatic());
    private final StampShelf<Seal> seals = new StampShelf<>("seal", "S", Seal::enabled, (s, on) -> new Seal(s.id(),
            s.name(), s.kind(), s.shape(), s.widthMm(), s.heightMm(), s.extractedFromScan(), s.remark(), s.validFrom(),
            s.validUntil(), on, s.imageSha256()));
    private final StampShelf<Signature> signatures = new StampShelf<>("signature", "G", Signature::enabled,
            (s, on) -> new Signature(s.id(), s.declarantName(), s.declarantIdNumber(), s.widthMm(), s.heightMm(),
                    s.remark(), on, s.imageSha256()));
    private Authorization authorization;
    private final Map<String, PrintEntry> prints = new LinkedHashMap<>();
    private final List<PrintException> exceptions = new ArrayList<>();

    SelfPrintDesk(CertificateDesk certificates, Review review, DeclarantDesk declarants) {
        this.certificates = certificates;
        this.review = review;
        this.declarants = declarants;
    }

    /** What the customs hold after 授权: the stamps as they were then, the agents, the receipts. */
    private static final class Authorization {
        final Instant since;
        String sealId;
        String signatureId;
        Stamp seal;
        Stamp signature;
        final Set<String> agents = new LinkedHashSet<>();
        final List<Receipt> receipts = new ArrayList<>();

        Authorization(Instant since) {
            this.since = since;
        }

        SelfPrintAuthorization view() {
            return new SelfPrintAuthorization(sealId, signatureId, List.copyOf(agents), receipts);
        }
    }

    /**
     * The self-print state of one certificate as the last print mark or exception left it, and when the customs' layout
     * is due ({@code null}: none on its way). The layout's arrival is read from the clock, not scheduled, so a sandbox
     * whose clock stands still holds it back, and a read changes nothing.
     */
    private static final class PrintEntry {
        SelfPrintState state = SelfPrintLifecycle.initial();
        Instant layoutDue;

        /** The state at {@code now}: with the layout received once it is due, if the lifecycle takes it then. */
        SelfPrintState at(Instant now) {
            return layoutDue != null && !now.isBefore(layoutDue)
                    && SelfPrintLifecycle.TABLE.allowed(state, SelfPrintOperation.RECEIVE_LAYOUT)
                    ? SelfPrintLifecycle.TABLE.apply(state, SelfPrintOperation.RECEIVE_LAYOUT) : state;
        }
    }

    record AuthorizationRequest(String sealId, String signatureId) {
    }

    record AgentRequest(String agentCode, Boolean authorized) {
    }

    record MarkRequest(PrintMark printed) {
    }

    record ExceptionRequest(PrintExceptionReason reason, String details) {
    }

    /** The self-print calls of {@code docs/api.md}. */
    void register(Routes routes) {
        seals.register(routes, "seals", c -> Routes.Reply.created(addSeal(c.read(SealRequest.class))));
        signatures.register(routes, "signatures", c -> Routes.Reply.created(addSignature(c.read(SignatureRequest.class))));
        routes.on("POST self-print/authorization", c -> Routes.Reply.ok(authorize(c.read(AuthorizationRequest.class))))
                .on("GET self-print/authorization", c -> Routes.Reply.ok(authorization()))
                .on("POST self-print/agents", c -> Routes.Reply.ok(authorizeAgent(c.read(AgentRequest.class))))
                .on("GET self-print/certificates", c -> Routes.Reply.ok(printable(c.query())))
                .on("GET self-print/certificates/{number}", c -> Routes.Reply.ok(printable(c.variable(0))))
                .on("GET self-print/certificates/export",
                        c -> Routes.Reply.ok(new Routes.Binary(CertificateUpkeepDesk.XLSX, export(c.query()))))
                .on("GET self-print/certificates/{number}/layout",
                        c -> Routes.Reply.ok(layout(c.variable(0), document(c.query()), copy(c.query()))))
                .on("POST self-print/certificates/{number}/print-marks",
                        c -> Routes.Reply.ok(mark(c.variable(0), c.read(MarkRequest.class).printed())))
                .on("POST self-print/certificates/{number}/exceptions",
                        c -> Routes.Reply.created(report(c.variable(0), c.read(ExceptionRequest.class))))
                .on("GET self-print/exceptions", c -> Routes.Reply.ok(exceptions(c.query())))
                .on("POST certificates/{number}/archive", c -> Routes.Reply.ok(archive(c.variable(0))));
    }

    Seal addSeal(SealRequest r) {
        SealShape shape = Params.present(r.shape(), "shape");
        SealKind kind = Params.present(r.kind(), "kind");
        Params.present(r.validFrom(), "validFrom");
        Params.present(r.validUntil(), "validUntil");
        // The text fields first, with the shape's largest size standing in: measuring a scan costs more than reading.
        Checks.valid(FIELDS.validate(new Seal(null, r.name(), kind, shape, shape.maxWidthMm(), shape.maxHeightMm(),
                r.scan() != null, r.remark(), r.validFrom(), r.validUntil(), true, null)));
        Stamp stamp;
        byte[] png;
        if (r.scan() == null) {
            if (r.scanDpi() != null) {
                throw ApiError.invalid("scanDpi", "only with a scan: a standard seal is drawn, not scanned");
            }
            SealDesign design = SealDesign.of(r.name(), kind, shape);
            stamp = design;
            png = generator.png(design, STANDARD_SEAL_DPI);
        } else {
            StampImage image = lifted(() -> SealExtractor.seal(r.scan(), dpi(r.scanDpi()), shape));
            stamp = image;
            png = image.png();
        }
        return seals.add(id -> new Seal(id, r.name(), kind, shape, mm(stamp.widthMm()), mm(stamp.heightMm()),
                r.scan() != null, r.remark(), r.validFrom(), r.validUntil(), true, Digests.sha256Hex(png)), stamp);
    }

    Signature addSignature(SignatureRequest r) {
        Checks.valid(FIELDS.validate(new Signature(null, r.declarantName(), r.declarantIdNumber(), null, null, r.remark(),
                true, null)));
        if (r.declarantIdNumber() == null) {
            throw ApiError.invalid("declarantIdNumber", "required: the declarant's identity number (003 签名制作)");
        }
        // docs/domain.md, "Self-print": the declarant must be the filed one, a maintained declarant (申报员信息维护).
        declarants.requireSigner(r.declarantName(), r.declarantIdNumber(), certificates.enterprise().filedDeclarant());
        StampImage image = lifted(() -> SealExtractor.signature(Params.present(r.scan(), "scan"), dpi(r.scanDpi())));
        return signatures.add(id -> new Signature(id, r.declarantName(), r.declarantIdNumber(), mm(image.widthMm()),
                mm(image.heightMm()), r.remark(), true, Digests.sha256Hex(image.png())), image);
    }

    /** 印章签名授权: both enabled, the seal valid today; receipts as the comprehensive platform sends them (003). */
    SelfPrintAuthorization authorize(AuthorizationRequest r) {
        StampShelf.Item<Seal> seal = seals.usable(Params.present(r.sealId(), "sealId"), s -> {
            LocalDate today = LocalDate.now(review.clock.withZone(ChinaTime.ZONE));
            return today.isBefore(s.validFrom()) || today.isAfter(s.validUntil())
                    ? "is valid " + s.validFrom() + " to " + s.validUntil() + ", not today (" + today + ")" : null;
        });
        StampShelf.Item<Signature> signature = signatures.usable(Params.present(r.signatureId(), "signatureId"),
                s -> null);
        Review.Subject subject = new Review.Subject("self-print-authorization", "authorization",
                certificates.enterprise().filingNumber(), null);
        synchronized (this) {
            if (authorization == null) {
                authorization = new Authorization(review.clock.instant());
            }
            authorization.sealId = r.sealId();
            authorization.signatureId = r.signatureId();
            authorization.seal = seal.stamp();
            authorization.signature = signature.stamp();
            review.receipt(subject, authorization.receipts, "S001", "接收企业电子印章成功: " + seal.value().name(), "授权成功");
            review.receipt(subject, authorization.receipts, "S002", "接收申报员手签笔迹成功: " + signature.value().declarantName(),
                    "授权成功");
            return authorization.view();
        }
    }

    synchronized SelfPrintAuthorization authorization() {
        return authorized().view();
    }

    /** 代理打印授权 (003): after the seal and signature authorization; withdrawing an absent agent changes nothing. */
    synchronized SelfPrintAuthorization authorizeAgent(AgentRequest r) {
        String code = Params.present(r.agentCode(), "agentCode");
        if (!code.matches(AGENT_CODE)) {
            throw ApiError.invalid("agentCode", "the agent's 9-character organization code (003 代理打印授权)");
        }
        boolean on = Params.present(r.authorized(), "authorized");
        Authorization a = authorized();
        if (on) {
            a.agents.add(code);
        } else {
            a.agents.remove(code);
        }
        return a.view();
    }

    /** 证书打印's list with the filters of {@link SelfPrintFilter}. */
    Map<String, Object> printable(Map<String, String> query) {
        SelfPrintFilter filter = new SelfPrintFilter(query);
        List<CertificateRecord> all = certificates.records();
        synchronized (this) {
            return Paging.page(matching(all, filter).stream().map(r -> view(r, state(r))).toList(), query);
        }
    }

    /** 导出 of 证书打印's list: every printable certificate the filters take, as the certificate list workbook. */
    byte[] export(Map<String, String> query) {
        SelfPrintFilter filter = new SelfPrintFilter(query);
        List<CertificateRecord> all = certificates.records();
        List<CertificateRecord> rows;
        synchronized (this) {
            rows = matching(all, filter);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Every creation day: the filters chose the rows, the export's one-month default is the certificate list's.
        CertificateListExport.defaults().write(rows, new DateRange(LocalDate.MIN, LocalDate.MAX), out);
        return out.toByteArray();
    }

    /** The printable certificates of {@code all} that {@code filter} takes (caller holds the lock). */
    private List<CertificateRecord> matching(List<CertificateRecord> all, SelfPrintFilter filter) {
        List<CertificateRecord> out = new ArrayList<>();
        for (CertificateRecord r : all) {
            if (whyNotPrintable(r) == null && filter.test(r, state(r))) {
                out.add(r);
            }
        }
        return out;
    }

    PrintableCertificate printable(String number) {
        CertificateRecord r = certificates.get(number);
        synchronized (this) {
            requirePrintable(r);
            return view(r, state(r));
        }
    }

    /**
     * The print file: the certificate's original only where printing one is allowed, a copy (副本预览) any time; the
     * lifecycle governs the certificate, so its application form, invoice and slip print any time.
     */
    PrintLayout layout(String number, DocumentKind document, boolean copy) {
        CertificateRecord r = certificates.get(number);
        Stamp seal;
        Stamp signature;
        synchronized (this) {
            requirePrintable(r);
            if (document == DocumentKind.CERTIFICATE) {
                // Checked, not applied: fetching the file prints nothing; the print mark does.
                SelfPrintLifecycle.TABLE.apply(state(r),
                        copy ? SelfPrintOperation.PREVIEW_COPY : SelfPrintOperation.PRINT_ORIGINAL);
            }
            seal = authorization.seal;
            signature = authorization.signature;
        }
        Rendered pdf = renderer.render(r.certificate(), document, RenderOptions.builder().copy(copy).background(!copy)
                .enterpriseSeal(seal).declarantSignature(signature)
                .customsSeal(SealDesign.of("中华人民共和国海关", SealKind.COMPANY, SealShape.ROUND))
                .fixedTime(r.issuedAt()).build());
        List<String> advice = new ArrayList<>(pdf.warnings());
        if (pdf.pages() > OVERLAY_ADVISED_PAGES) {
            advice.add(pdf.pages() + " pages: overlay print (套打) is advised above " + OVERLAY_ADVISED_PAGES
                    + " (003 常见问题 Q5)");
        }
        return new PrintLayout(number, PrintDocument.valueOf(document.name()), copy, pdf.pages(), pdf.pdf(), advice);
    }

    PrintableCertificate mark(String number, PrintMark printed) {
        CertificateRecord r = certificates.get(number);
        Params.present(printed, "printed");
        synchronized (this) {
            requirePrintable(r);
            SelfPrintState next = SelfPrintLifecycle.TABLE.apply(state(r),
                    printed == PrintMark.COPY ? SelfPrintOperation.PRINT_COPY : SelfPrintOperation.PRINT_ORIGINAL);
            return view(r, change(r, next));
        }
    }

    /** 打印异常申请: a printer fault re-opens printing; a content fault has the customs regenerate the layout. */
    PrintException report(String number, ExceptionRequest req) {
        CertificateRecord r = certificates.get(number);
        PrintExceptionReason reason = Params.present(req.reason(), "reason");
        String details = req.details();
        if (reason == PrintExceptionReason.CONTENT_WRONG && (details == null || details.isBlank())) {
            throw ApiError.invalid("details", "required for CONTENT_WRONG: what is wrong in the print file"
                    + " (003 打印异常申请: 请输入原产地证书打印文件问题详情)");
        }
        if (details != null && (details.codePointCount(0, details.length()) > DETAILS_MAX
                || io.coo4j.core.validation.Checks.firstControlCharacter(details) >= 0)) {
            throw ApiError.invalid("details", "at most " + DETAILS_MAX + " characters, no control characters");
        }
        synchronized (this) {
            requirePrintable(r);
            PrintEntry e = change(r, SelfPrintLifecycle.TABLE.apply(state(r), reason.operation()));
            if (!reason.reprintAllowed()) {
                e.layoutDue = review.clock.instant().plus(review.delay());
            }
            PrintException made = new PrintException(number, reason, details, review.clock.instant());
            exceptions.add(made);
            return made;
        }
    }

    /**
     * 存档 (001 ch.5: "对于已经获得自助打印正本的证书，若不希望在默认的查询列表中出现，可以使用该功能进行批量存档"): only an
     * approved certificate whose original was self-printed — printable here and marked printed — is archived; any
     * other approved one is a 409 with state {@link #NOT_SELF_PRINTED}. Answered here because this desk knows the print
     * state; the change itself is {@link CertificateDesk#archive}'s, under this desk's lock so that no printer-fault
     * report re-opens printing in between. Not the customs' 归档 of the print state (003), which it leaves alone.
     */
    CertificateRecord archive(String number) {
        CertificateRecord r = certificates.get(number);
        CertificateLifecycle.TABLE.apply(r.state(), CertificateOperation.ARCHIVE);
        synchronized (this) {
            String why = whyNotPrintable(r);
            if (why == null && state(r).print() != SelfPrintState.Print.PRINTED) {
                why = "its original is " + state(r).print().nameZh();
            }
            if (why != null) {
                throw ApiError.transition("certificate " + number + " is archived (存档) only once its original was"
                        + " self-printed (001 ch.5: 对于已经获得自助打印正本的证书); " + why, NOT_SELF_PRINTED,
                        CertificateOperation.ARCHIVE.name());
            }
            return certificates.archive(number);
        }
    }

    /**
     * 异常申请列表 with the filters of {@link PrintExceptionFilter}; an application's certificate is read from the
     * certificate desk, outside this desk's lock (an approved certificate is never deleted).
     */
    Map<String, Object> exceptions(Map<String, String> query) {
        PrintExceptionFilter filter = new PrintExceptionFilter(query);
        List<PrintException> made;
        synchronized (this) {
            made = List.copyOf(exceptions);
        }
        return Paging.page(made, e -> filter.test(certificates.get(e.certificateNumber()), e), query);
    }

    private Authorization authorized() {
        if (authorization == null) {
            throw ApiError.notFound("self-print authorization (authorize a seal and a signature first)");
        }
        return authorization;
    }

    /** A 404 saying why {@code r} is not printable, unless it is (caller holds the lock). */
    private void requirePrintable(CertificateRecord r) {
        String why = whyNotPrintable(r);
        if (why != null) {
            throw ApiError.notFound("printable certificate " + r.certificate().number() + " (" + why + ")");
        }
    }

    /**
     * The print state of a printable certificate: as the last print mark or exception left it, with the customs'
     * layout received once due — one review delay after the approval (only certificates approved after the
     * authorization print, so the approval is the later of the two), or after a content fault. Derived, not stored,
     * because a read must change nothing: the journal replays only the changes (caller holds the lock).
     */
    private SelfPrintState state(CertificateRecord r) {
        PrintEntry e = prints.get(r.certificate().number());
        return (e != null ? e : fresh(r)).at(review.clock.instant());
    }

    /** The entry of a certificate no mark or exception has changed yet: its first layout due after the approval. */
    private PrintEntry fresh(CertificateRecord r) {
        PrintEntry e = new PrintEntry();
        e.layoutDue = r.issuedAt().plus(review.delay());
        return e;
    }

    /**
     * Stores {@code next} for a certificate after a change was allowed, {@code next} having been made from
     * {@link #state}: a layout due by now is part of it, one still on its way still arrives when due (caller holds the
     * lock).
     */
    private PrintEntry change(CertificateRecord r, SelfPrintState next) {
        PrintEntry e = prints.computeIfAbsent(r.certificate().number(), n -> fresh(r));
        if (e.layoutDue != null && !review.clock.instant().isBefore(e.layoutDue)) {
            e.layoutDue = null;
        }
        e.state = next;
        return e;
    }

    /** 003 证书打印: approved, one of the 15 self-print types, approved after the authorization; {@code null} if so. */
    private String whyNotPrintable(CertificateRecord r) {
        Certificate c = r.certificate();
        if (r.issuedAt() == null || (r.state() != CertificateState.APPROVED && r.state() != CertificateState.ARCHIVED)) {
            return "not approved: it is " + r.state();
        }
        if (!ReferenceData.defaults().certificateType(c.type()).map(t -> t.selfPrintableTo(c.destinationCountry()))
                .orElse(false)) {
            return "type " + c.type() + " to " + c.destinationCountry() + " is not among the self-print types (003)";
        }
        if (authorization == null) {
            return "no self-print authorization yet";
        }
        if (r.issuedAt().isBefore(authorization.since)) {
            return "approved before the self-print authorization; it prints the old way (003 证书打印)";
        }
        return null;
    }

    private static PrintableCertificate view(CertificateRecord r, PrintEntry e) {
        return view(r, e.state);
    }

    private static PrintableCertificate view(CertificateRecord r, SelfPrintState state) {
        Certificate c = r.certificate();
        return new PrintableCertificate(c.number(), c.type(), c.destinationCountry(), c.invoiceNumber(), r.issuedAt(),
                state);
    }

    private static DocumentKind document(Map<String, String> query) {
        DocumentKind kind = Params.enumValue(query, "document", DocumentKind.class);
        return kind == null ? DocumentKind.CERTIFICATE : kind;
    }

    private static boolean copy(Map<String, String> query) {
        return Boolean.TRUE.equals(Params.bool(query, "copy"));
    }

    /** A scan sdk-print refuses is the caller's fault: 400 naming {@code scan} (or {@code scanDpi}). */
    private static StampImage lifted(java.util.function.Supplier<StampImage> lift) {
        try {
            return lift.get();
        } catch (InvalidInputException e) {
            throw ApiError.invalid("dpi".equals(e.location()) ? "scanDpi" : "scan", e.problem());
        }
    }

    private static int dpi(Integer dpi) {
        return Params.present(dpi, "scanDpi");
    }

    private static BigDecimal mm(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
