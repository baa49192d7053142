package io.coo4j.testkit.internal;

import io.coo4j.client.CertificateStatus;
import io.coo4j.core.ChinaTime;
import io.coo4j.core.lifecycle.CertificateLifecycle;
import io.coo4j.core.lifecycle.CertificateOperation;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.Amendment;
import io.coo4j.core.model.Attachment;
import io.coo4j.core.model.AttachmentKind;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.model.ExportStatusRow;
import io.coo4j.core.model.Issuer;
import io.coo4j.core.model.Receipt;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.Violation;
import io.coo4j.excel.CertificateEntry;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.numbering.CertificateNumber;
import io.coo4j.rules.numbering.CertificateNumberGenerator;
import io.coo4j.rules.numbering.InMemorySerialStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The customs' certificate desk: certificates in memory, every change through {@link CertificateLifecycle#TABLE},
 * numbers from sdk-rules' {@link CertificateNumberGenerator}, and the review after a declaration — receipts
 * 数据已发往海关, then 海关入库成功 one review delay later, then 审核通过 or 退证 with the errors sdk-rules'
 * {@link CertificateValidator} finds. Archiving (存档) is answered by {@link SelfPrintDesk}, which knows whether a
 * certificate's original was self-printed. Thread-safe: each record is changed under its own lock.
 */
final class CertificateDesk {
    /** The RCEP certificate type, whose back-to-back certificates need the import certificate's scan (001 §1.26). */
    private static final String RCEP = "RC";

    private final Review review;
    private final CertificateValidator validator;
    private final CertificateNumberGenerator numbers;
    private final NetworkedScope networked;
    private final EnterpriseDesk enterprise;
    /** What a declaration needs beyond the lifecycle: a CCPIT preferential certificate's goods filed (002). */
    private final Consumer<Certificate> filedGoods;
    private final Map<String, Entry> byNumber = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, Entry> byCreation = new ConcurrentSkipListMap<>();
    private final AtomicLong creations = new AtomicLong();

    CertificateDesk(Review review, CertificateValidator validator, NetworkedScope networked, EnterpriseDesk enterprise,
                    Consumer<Certificate> filedGoods) {
        this.review = review;
        this.filedGoods = filedGoods;
        this.enterprise = enterprise;
        this.validator = validator;
        this.numbers = CertificateNumberGenerator.create(new InMemorySerialStore(), review.clock.withZone(ChinaTime.ZONE));
        this.networked = networked;
    }

    record ConvertRequest(String type) {
    }

    record BatchRequest(List<String> numbers) {
    }

    /** The calls of {@code docs/api.md}'s certificate table but archiving, and the networked export status. */
    void register(Routes routes) {
        routes.on("POST certificates", c -> Routes.Reply.created(save(Bodies.certificate(c.body()), c.principal())))
                .on("GET certificates", c -> Routes.Reply.ok(list(c.query())))
                .on("POST declarations",
                        c -> Routes.Reply.created(saveAndDeclare(Bodies.certificate(c.body()), c.principal())))
                .on("POST certificates/batch-declare",
                        c -> Routes.Reply.ok(Map.of("items", batchDeclare(c.read(BatchRequest.class).numbers()))))
                .on("GET certificates/{number}", c -> Routes.Reply.ok(get(c.variable(0))))
                .on("PUT certificates/{number}", c -> Routes.Reply.ok(update(c.variable(0), Bodies.certificate(c.body()))))
                .on("DELETE certificates/{number}", c -> {
                    delete(c.variable(0));
                    return Routes.Reply.noContent();
                })
                .on("POST certificates/{number}/declare", c -> Routes.Reply.accepted(declare(c.variable(0))))
                .on("POST certificates/{number}/copy", c -> Routes.Reply.created(copy(c.variable(0), c.principal())))
                .on("POST certificates/{number}/convert", c -> Routes.Reply.created(
                        convert(c.variable(0), c.read(ConvertRequest.class).type(), c.principal())))
                .on("GET certificates/{number}/receipts", c -> Routes.Reply.ok(receipts(c.variable(0), c.query())))
                .on("GET certificates/{number}/status", c -> Routes.Reply.ok(status(c.variable(0))))
                .on("GET networked/export/{number}", c -> Routes.Reply.ok(exportStatus(c.variable(0))));
        for (String kind : List.of("amend", "reissue", "amend-reissue")) {
            routes.on("POST certificates/{number}/" + kind,
                    c -> Routes.Reply.created(replace(c.variable(0), kind, c.read(Amendment.class), c.principal())));
        }
    }

    /** One certificate; its fields change only under its lock. */
    private final class Entry {
        /** Its place in creation order, given when it is published: a refused save takes none. */
        long position;
        final Instant createdAt = review.clock.instant();
        /**
         * The login user (登录用户) who created it: the principal of the creating request, which the journal keeps, so
         * that a replayed sandbox counts the same users' work.
         */
        final String loginUser;
        Certificate certificate;
        CertificateState state = CertificateState.DRAFT;
        Instant updatedAt = createdAt;
        Instant issuedAt;
        final List<Receipt> receipts = new ArrayList<>();
        final List<Attachment> attachments = new ArrayList<>();
        List<Violation> reasons = List.of();

        Entry(Certificate certificate, String loginUser) {
            this.certificate = certificate;
            this.loginUser = loginUser;
        }

        /** Applies {@code op} through the lifecycle table (caller holds the lock). */
        void apply(CertificateOperation op) {
            state = CertificateLifecycle.TABLE.apply(state, op);
            updatedAt = review.clock.instant();
        }

        /** What this certificate's receipts are about, for subscriptions (caller holds the lock). */
        Review.Subject subject() {
            return CertificateDesk.subject("certificate", certificate.number(), certificate);
        }

        synchronized CertificateRecord record() {
            return new CertificateRecord(certificate, state, createdAt, issuedAt, receipts, attachments);
        }

        /**
         * The record with who handled it, for statistics: the principal (委托企业) is sdk-excel's reading of the
         * certificate; the entry clerk (录入员) is taken to be the declarant (申报员), because the sandbox has no operator
         * accounts and the Single Window's clerk is the person who keys the declaration in.
         */
        synchronized CertificateEntry handled() {
            String clerk = certificate.declarant() == null ? null : certificate.declarant().name();
            return new CertificateEntry(record(), null, clerk, loginUser);
        }
    }

    CertificateRecord save(Certificate c, String loginUser) {
        Entry e = new Entry(numbered(c), loginUser);
        publish(e);
        return e.record();
    }

    /**
     * Saves and declares at once: the record is declared before anyone can see it. The enterprise is checked before a
     * number is taken: a refused declaration is not journaled, so it must not use up a serial.
     */
    CertificateRecord saveAndDeclare(Certificate c, String loginUser) {
        enterprise.requireApplying(CertificateOperation.DECLARE.name());
        // Attachments are added to a saved certificate: one that needs a scan cannot be saved and declared at once.
        requireImportScan(c, List.of());
        Entry e = new Entry(numbered(c), loginUser);
        synchronized (e) {
            declare(e);
        }
        publish(e);
        return e.record();
    }

    CertificateRecord update(String number, Certificate c) {
        if (c.number() != null && !c.number().equals(number)) {
            throw ApiError.invalid("number", "the body's number " + c.number() + " is not " + number);
        }
        Entry e = find(number);
        synchronized (e) {
            e.apply(CertificateOperation.EDIT);
            e.certificate = c.toBuilder().number(number).build();
        }
        return e.record();
    }

    CertificateRecord get(String number) {
        return find(number).record();
    }

    void delete(String number) {
        Entry e = find(number);
        synchronized (e) {
            e.apply(CertificateOperation.DELETE);
            byNumber.remove(number, e);
            byCreation.remove(e.position, e);
        }
    }

    CertificateRecord declare(String number) {
        Entry e = find(number);
        synchronized (e) {
            declare(e);
        }
        return e.record();
    }

    /** 批量申报: every certificate must be declarable before any is declared. */
    List<CertificateRecord> batchDeclare(List<String> numberList) {
        if (numberList == null || numberList.size() < 2) {
            throw ApiError.invalid("numbers", "a batch declaration needs two or more certificates");
        }
        List<Entry> entries = numberList.stream().distinct().map(this::find).collect(Collectors.toList());
        for (Entry e : entries) {
            synchronized (e) {
                requireDeclarable(e);
            }
        }
        List<CertificateRecord> out = new ArrayList<>();
        for (Entry e : entries) {
            synchronized (e) {
                declare(e);
            }
            out.add(e.record());
        }
        return out;
    }

    CertificateRecord copy(String number, String loginUser) {
        return derive(number, numbers::copy, loginUser);
    }

    CertificateRecord convert(String number, String type, String loginUser) {
        if (type == null || type.isBlank()) {
            throw ApiError.invalid("type", "required: the certificate type to convert to");
        }
        return derive(number, original -> numbers.convert(original, type), loginUser);
    }

    /** 更改证, 重发证, 更改重发证: the generator checks the lifecycle and links the original; the caller says why. */
    CertificateRecord replace(String number, String kind, Amendment why, String loginUser) {
        Objects.requireNonNull(why, "amendment");
        return derive(number, original -> {
            Certificate.Builder b = switch (kind) {
                case "amend" -> numbers.amendment(original);
                case "reissue" -> numbers.reissue(original);
                default -> numbers.amendmentAndReissue(original);
            };
            Amendment linked = b.build().amendment();
            return b.amendment(why.toBuilder().originalApplicationDate(linked.originalApplicationDate())
                    .originalIssueDate(linked.originalIssueDate()).build());
        }, loginUser);
    }

    /** 存档, once {@link SelfPrintDesk#archive} has found the original self-printed: the lifecycle's change. */
    CertificateRecord archive(String number) {
        Entry e = find(number);
        synchronized (e) {
            e.apply(CertificateOperation.ARCHIVE);
        }
        return e.record();
    }

    /**
     * For the desks that hang things off a certificate (attachments, void): applies {@code op} through the lifecycle
     * table, then {@code change} to the certificate's attachments, both under its lock; answers the record after.
     */
    CertificateRecord operate(String number, CertificateOperation op, Consumer<List<Attachment>> change) {
        Entry e = find(number);
        synchronized (e) {
            e.apply(op);
            change.accept(e.attachments);
        }
        return e.record();
    }

    /**
     * The record of an approved certificate — an archived one is an approved one the user hid — for what only an
     * issued certificate allows; otherwise a 409 naming {@code operation} and {@code rule}.
     */
    CertificateRecord approved(String number, String operation, String rule) {
        CertificateRecord r = get(number);
        if (r.state() != CertificateState.APPROVED && r.state() != CertificateState.ARCHIVED) {
            throw ApiError.transition(rule, r.state().name(), operation);
        }
        return r;
    }

    /** Every certificate in creation order: what other desks (self-print, statistics, export) read, without a copy of the state. */
    List<CertificateRecord> records() {
        return byCreation.values().stream().map(Entry::record).toList();
    }

    /** {@link #records()} with who handled each certificate (principal, entry clerk, login user), for statistics. */
    List<CertificateEntry> handled() {
        return byCreation.values().stream().map(Entry::handled).toList();
    }

    /** 证书查询 with the filters of {@link CertificateFilter}. */
    Map<String, Object> list(Map<String, String> query) {
        CertificateFilter filter = new CertificateFilter(query);
        return Paging.page(byCreation.values(), e -> e.position, e -> filter.test(e.handled()), Entry::record, query);
    }

    Map<String, Object> receipts(String number, Map<String, String> query) {
        return Paging.page(find(number).record().receipts(), query);
    }

    CertificateStatus status(String number) {
        Entry e = find(number);
        synchronized (e) {
            return new CertificateStatus(e.certificate.number(), e.state, e.updatedAt, e.reasons);
        }
    }

    /** The networked export status: the domestic state, and the partner customs' for networked agreements. */
    ExportStatusRow exportStatus(String number) {
        CertificateRecord r = find(number).record();
        Certificate c = r.certificate();
        String agreement = ReferenceData.defaults().certificateType(c.type())
                .flatMap(t -> t.agreements().stream().findFirst()).orElse(null);
        boolean issued = r.issuedAt() != null;
        boolean partner = issued && networked.exports(agreement, c.destinationCountry());
        return new ExportStatusRow(agreement, c.destinationCountry(), c.number(), Issuer.CUSTOMS,
                issued ? LocalDate.ofInstant(r.issuedAt(), ChinaTime.ZONE) : null,
                r.state().nameZh(), r.receipts().isEmpty() ? r.createdAt() : r.receipts().get(r.receipts().size() - 1).time(),
                partner ? "海关接收成功" : null, partner ? r.issuedAt() : null, "新增或修改", null);
    }

    /** A new certificate made from {@code number}'s; {@code loginUser} creates it, whoever created the original. */
    private CertificateRecord derive(String number, Function<CertificateRecord, Certificate.Builder> how, String loginUser) {
        Certificate derived = how.apply(get(number)).build();
        Entry e = new Entry(derived, loginUser);
        publish(e);
        return e.record();
    }

    private Certificate numbered(Certificate c) {
        if (c.number() != null) {
            return c;
        }
        if (c.type() == null) {
            throw ApiError.invalid("type", "required to issue a number");
        }
        String enterpriseId = c.filingNumber() != null
                ? CertificateNumber.enterpriseIdFromFilingNumber(c.filingNumber())
                : c.creditCode() != null ? CertificateNumber.enterpriseIdFromCreditCode(c.creditCode()) : null;
        if (enterpriseId == null) {
            throw ApiError.invalid("filingNumber", "a filing number or a credit code is needed to issue a number");
        }
        CertificateNumber n = c.applicationDate() != null
                ? numbers.next(c.type(), c.applicationDate().getYear(), enterpriseId)
                : numbers.next(c.type(), enterpriseId);
        return c.toBuilder().number(n.format()).build();
    }

    private void publish(Entry e) {
        String number = e.certificate.number();
        synchronized (e) {
            if (byNumber.putIfAbsent(number, e) != null) {
                throw ApiError.conflict("CONFLICT", "certificate number " + number + " is already used");
            }
            e.position = creations.incrementAndGet();
            byCreation.put(e.position, e);
        }
    }

    private Entry find(String number) {
        Entry e = byNumber.get(number);
        if (e == null) {
            throw ApiError.notFound("certificate " + number);
        }
        return e;
    }

    /**
     * Declares (caller holds the lock) and schedules the customs' side of the review; only a synced enterprise that
     * applies for certificates declares (001 ch.1).
     */
    private void declare(Entry e) {
        enterprise.requireApplying(CertificateOperation.DECLARE.name());
        requireDeclarable(e);
        e.apply(CertificateOperation.DECLARE);
        e.reasons = List.of();
        review.receipt(e.subject(), e.receipts, "0001", "报文收到时间 " + e.updatedAt, CertificateState.SENT.nameZh());
        review.later(() -> receive(e));
    }

    /**
     * A 409 unless {@code e} may be declared now (caller holds the lock): the lifecycle, then the attachments; a 400 when
     * a CCPIT preferential certificate carries goods not filed.
     */
    private void requireDeclarable(Entry e) {
        CertificateLifecycle.TABLE.apply(e.state, CertificateOperation.DECLARE);
        requireImportScan(e.certificate, e.attachments);
        filedGoods.accept(e.certificate);
    }

    /**
     * An RCEP back-to-back certificate is declared only with the import certificate's scan among its attachments (001
     * §1.26: "RCEP 背对背原产地证书附件上传进口证书扫描件为必填项"), uploaded as {@link AttachmentKind#ORIGINAL_PROOF}; the
     * manual asks it of RCEP only, so a China–ASEAN movement certificate (§1.24) goes without.
     */
    private static void requireImportScan(Certificate c, List<Attachment> attachments) {
        if (RCEP.equals(c.type()) && c.backToBack() != null
                && attachments.stream().noneMatch(a -> a.kind() == AttachmentKind.ORIGINAL_PROOF)) {
            throw ApiError.conflict("CONFLICT", "an RCEP back-to-back certificate is declared with the scan of the"
                    + " import certificate (RCEP 背对背原产地证书附件上传进口证书扫描件为必填项, 001 §1.26): save it, attach the"
                    + " scan as " + AttachmentKind.ORIGINAL_PROOF + ", then declare it");
        }
    }

    private void receive(Entry e) {
        synchronized (e) {
            if (e.state != CertificateState.SENT) {
                return;
            }
            e.apply(CertificateOperation.RECEIVE);
            review.receipt(e.subject(), e.receipts, "0002", "海关入库成功", CertificateState.RECEIVED.nameZh());
        }
        review.later(() -> decide(e));
    }

    private void decide(Entry e) {
        Certificate c;
        synchronized (e) {
            if (e.state != CertificateState.RECEIVED) {
                return;
            }
            c = e.certificate;
        }
        List<Violation> errors = reviewErrors(validator, c);
        synchronized (e) {
            if (errors.isEmpty()) {
                e.apply(CertificateOperation.APPROVE);
                e.issuedAt = e.updatedAt;
                review.receipt(e.subject(), e.receipts, "0003", "审核通过,可以领证", CertificateState.APPROVED.nameZh());
            } else {
                e.apply(CertificateOperation.RETURN);
                e.reasons = errors;
                review.receipt(e.subject(), e.receipts, "0004", Review.reasons(errors), CertificateState.RETURNED.nameZh());
            }
        }
    }

    /**
     * What a receipt about {@code kind} {@code id} of certificate {@code c} is about: the certificate's enterprise and
     * declarant, so that ENTERPRISE and PERSON subscriptions hear of what hangs off a certificate too.
     */
    static Review.Subject subject(String kind, String id, Certificate c) {
        return new Review.Subject(kind, id, c.filingNumber(), c.declarant() == null ? null : c.declarant().idNumber());
    }

    /** The enterprise that declares the certificates: for the desks that act for it, not for one certificate. */
    EnterpriseDesk enterprise() {
        return enterprise;
    }

    /** The customs' review of a declared certificate: the errors sdk-rules finds; none means 审核通过. */
    static List<Violation> reviewErrors(CertificateValidator validator, Certificate c) {
        return validator.validate(c).violations().stream().filter(Violation::isError).toList();
    }
}
