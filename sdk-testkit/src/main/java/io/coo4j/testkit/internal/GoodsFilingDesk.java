package io.coo4j.testkit.internal;

import io.coo4j.core.lifecycle.GoodsFilingLifecycle;
import io.coo4j.core.lifecycle.GoodsFilingOperation;
import io.coo4j.core.lifecycle.GoodsFilingState;
import io.coo4j.core.model.CcpitSync;
import io.coo4j.core.model.CcpitSyncKind;
import io.coo4j.core.model.CcpitSyncStatus;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Enterprise;
import io.coo4j.core.model.GoodsFiling;
import io.coo4j.core.model.GoodsFilingRecord;
import io.coo4j.core.model.Issuer;
import io.coo4j.core.model.Receipt;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.core.validation.Violation;
import io.coo4j.rules.filing.FiledGoodsCheck;
import io.coo4j.rules.filing.GoodsFilingChecker;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CCPIT's goods-filing desk (商品备案, 002) and its data sync (数据同步) for the simulator's one enterprise. Every
 * operation goes through {@link GoodsFilingLifecycle}; saving, declaring and syncing need the enterprise's CCPIT user
 * filing (用户备案: office code, enterprise code, signer — "使用系统前必须完善贸促会原产地证资质，否则系统不可用"). One review
 * delay after 申报, CCPIT approves a filing that sdk-rules' {@link GoodsFilingChecker} finds no error in, else returns it
 * (退回) with the errors. A CCPIT preferential certificate is declared only with approved filed goods
 * ({@link #requireFiled}).
 *
 * <p>The enterprise starts with {@code SampleData}'s goods (HS 851762) filed and approved for every CCPIT preferential
 * type but ECFA, as it starts synced with the customs; CCPIT also holds one filing made outside the Single Window — 002's
 * own example, 02042200 — that a goods sync (同步商品备案信息) brings in. Thread-safe: one lock.
 */
final class GoodsFilingDesk {
    private static final ReferenceData REF = ReferenceData.defaults();

    private final Review review;
    private final EnterpriseDesk enterprise;
    private final GoodsFilingChecker checker = GoodsFilingChecker.defaults();
    private final Ledger<Entry> records = new Ledger<>("goods filing");
    private final Ledger<CcpitSync> syncs = new Ledger<>("CCPIT sync");
    /** Filings CCPIT holds that the Single Window has not synced yet. */
    private final List<GoodsFiling> atCcpitOnly = new ArrayList<>();
    private long created;
    private long numbered;
    private long syncCount;

    GoodsFilingDesk(Review review, EnterpriseDesk enterprise) {
        this.review = review;
        this.enterprise = enterprise;
        List<String> areas = REF.certificateTypes().stream()
                .filter(t -> t.preferential() && t.issuers().contains(Issuer.CCPIT) && !t.code().equals("H"))
                .map(CertificateType::code).toList();
        Entry sample = add(GoodsFiling.builder().regions(areas).hsCode("851762").nameEn("NETWORK SWITCH").nameCn("网络交换机")
                .processingOperations("SMT, assembly, testing").unit("PCS").unitFobValue(new BigDecimal("12.50"))
                .addMaterial("8542", new BigDecimal("3.20")).adValoremPercent(new BigDecimal("26"))
                .build(), GoodsFilingState.APPROVED);
        sample.applicationNumber = nextApplicationNumber();
        atCcpitOnly.add(GoodsFiling.builder().addRegion("N").hsCode("02042200")
                .nameEn("REPTILES (INCLUDING SNAKES AND TURTLES)").processingOperations("breeding")
                .unitFobValue(new BigDecimal("40.00")).addMaterial("0106", new BigDecimal("5.00"))
                .adValoremPercent(new BigDecimal("13")).build());
    }

    private static final class Entry {
        final String id;
        final Instant createdAt;
        GoodsFiling filing;
        GoodsFilingState state;
        String applicationNumber;
        Instant declaredAt;
        final List<Receipt> receipts = new ArrayList<>();

        Entry(String id, GoodsFiling filing, GoodsFilingState state, Instant createdAt) {
            this.id = id;
            this.filing = filing;
            this.state = state;
            this.createdAt = createdAt;
        }

        GoodsFilingRecord record() {
            return new GoodsFilingRecord(id, applicationNumber, filing, state, createdAt, declaredAt, receipts);
        }
    }

    /** A sync request's body. */
    record SyncRequest(CcpitSyncKind kind) {
    }

    /** The calls of {@code docs/api.md}'s goods-filing table. */
    void register(Routes routes) {
        routes.on("POST goods-filings", c -> Routes.Reply.created(save(c.read(GoodsFiling.class))))
                .on("GET goods-filings", c -> Routes.Reply.ok(list(c.query())))
                .on("GET goods-filings/{id}", c -> Routes.Reply.ok(get(c.variable(0))))
                .on("PUT goods-filings/{id}", c -> Routes.Reply.ok(update(c.variable(0), c.read(GoodsFiling.class))))
                .on("DELETE goods-filings/{id}", c -> {
                    delete(c.variable(0));
                    return Routes.Reply.noContent();
                })
                .on("POST goods-filings/{id}/declare", c -> Routes.Reply.ok(declare(c.variable(0))))
                .on("POST goods-filings/{id}/copy", c -> Routes.Reply.created(copy(c.variable(0))))
                .on("GET goods-filings/{id}/receipts", c -> Routes.Reply.ok(receipts(c.variable(0), c.query())))
                .on("POST ccpit-syncs", c -> Routes.Reply.accepted(sync(c.read(SyncRequest.class), c.principal())))
                .on("GET ccpit-syncs", c -> Routes.Reply.ok(syncs.page(s -> true, s -> s, c.query())))
                .on("GET ccpit-syncs/{id}", c -> Routes.Reply.ok(syncOf(c.variable(0))));
    }

    /** 保存: a new draft. */
    synchronized GoodsFilingRecord save(GoodsFiling filing) {
        requireUserFiling("SAVE");
        return add(required(filing), GoodsFilingState.DRAFT).record();
    }

    synchronized GoodsFilingRecord update(String id, GoodsFiling filing) {
        requireUserFiling(GoodsFilingOperation.EDIT.name());
        GoodsFiling checked = required(filing);
        Entry e = apply(id, GoodsFilingOperation.EDIT);
        e.filing = checked;
        return e.record();
    }

    /** 申报: CCPIT's application number on the first declaration, the review one delay later. */
    synchronized GoodsFilingRecord declare(String id) {
        requireUserFiling(GoodsFilingOperation.DECLARE.name());
        Entry e = apply(id, GoodsFilingOperation.DECLARE);
        if (e.applicationNumber == null) {
            e.applicationNumber = nextApplicationNumber();
        }
        e.declaredAt = review.clock.instant();
        review.receipt(subject(e), e.receipts, "S", "已申报", GoodsFilingState.DECLARED.nameZh());
        review.later(() -> decide(e));
        return e.record();
    }

    /** 复制: a new draft with the filing's goods; the copied filing stays as it is. */
    synchronized GoodsFilingRecord copy(String id) {
        requireUserFiling(GoodsFilingOperation.COPY.name());
        Entry source = apply(id, GoodsFilingOperation.COPY);
        return add(source.filing, GoodsFilingState.DRAFT).record();
    }

    synchronized void delete(String id) {
        apply(id, GoodsFilingOperation.DELETE);
        records.remove(id);
    }

    synchronized GoodsFilingRecord get(String id) {
        return records.find(id).record();
    }

    /**
     * 商品备案查询 with the screen's filters: 商品HS编码 ({@code hsCode}, a prefix), 商品名称(中文) and 商品名称(英文)
     * ({@code nameCn}, {@code nameEn}: contained, English without regard to case), 单据状态 ({@code state}) and 申请时间
     * ({@code declaredFrom} inclusive, {@code declaredTo} exclusive, on the declaration time). How the screen matches
     * text, 002 does not say.
     */
    synchronized Map<String, Object> list(Map<String, String> query) {
        String hs = query.get("hsCode");
        String nameCn = query.get("nameCn");
        String nameEn = query.get("nameEn") == null ? null : query.get("nameEn").toUpperCase(Locale.ROOT);
        GoodsFilingState state = Params.enumValue(query, "state", GoodsFilingState.class);
        Instant from = Params.instant(query, "declaredFrom");
        Instant to = Params.instant(query, "declaredTo");
        Predicate<Entry> filter = e -> (hs == null || e.filing.hsCode() != null && e.filing.hsCode().startsWith(hs))
                && (nameCn == null || e.filing.nameCn() != null && e.filing.nameCn().contains(nameCn))
                && (nameEn == null || e.filing.nameEn() != null && e.filing.nameEn().toUpperCase(Locale.ROOT).contains(nameEn))
                && (state == null || e.state == state)
                && (from == null || e.declaredAt != null && !e.declaredAt.isBefore(from))
                && (to == null || e.declaredAt != null && e.declaredAt.isBefore(to));
        return records.page(filter, Entry::record, query);
    }

    synchronized Map<String, Object> receipts(String id, Map<String, String> query) {
        return Paging.page(List.copyOf(records.find(id).receipts), query);
    }

    /** 同步企业信息 or 同步商品备案信息: 同步中 now, 同步完成 one review delay later. */
    synchronized CcpitSync sync(SyncRequest request, String principal) {
        if (request == null || request.kind() == null) {
            throw ApiError.invalid("kind", "required: ENTERPRISE or GOODS_FILINGS");
        }
        requireUserFiling("SYNC");
        Instant now = review.clock.instant();
        String id = String.format("SY%06d", ++syncCount);
        CcpitSync started = new CcpitSync(id, request.kind(), CcpitSyncStatus.SYNCING, principal, now, now, 0, null);
        syncs.add(id, started);
        review.later(() -> complete(started));
        return started;
    }

    synchronized CcpitSync syncOf(String id) {
        return syncs.find(id);
    }

    /**
     * A 400 naming the first goods line of a CCPIT preferential certificate that is not filed and approved for its type
     * (002: "优惠原产地证书, 录入的商品信息必须是已备案并审核通过的商品数据"), checked when it is declared.
     */
    void requireFiled(Certificate c) {
        ValidationReport.Builder out = ValidationReport.builder();
        FiledGoodsCheck.check(c, REF, this::approved, out);
        List<Violation> errors = out.build().violations();
        if (!errors.isEmpty()) {
            throw ApiError.invalid(errors);
        }
    }

    private synchronized boolean approved(String type, String hsCode) {
        return records.values().stream().anyMatch(e -> e.state == GoodsFilingState.APPROVED
                && e.filing.regions().contains(type) && e.filing.hsCode() != null && e.filing.hsCode().equals(hsCode));
    }

    private synchronized void complete(CcpitSync s) {
        int count;
        String remark;
        if (s.kind() == CcpitSyncKind.GOODS_FILINGS) {
            count = atCcpitOnly.size();
            for (GoodsFiling f : atCcpitOnly) {
                add(f, GoodsFilingState.APPROVED).applicationNumber = nextApplicationNumber();
            }
            atCcpitOnly.clear();
            remark = "商品备案同步成功";
        } else {
            count = 1; // the enterprise's one registration (002's example list: 企业信息 同步完成 1)
            remark = "企业备案信息同步成功";
        }
        syncs.put(s.id(), new CcpitSync(s.id(), s.kind(), CcpitSyncStatus.COMPLETED, s.requestedBy(), s.requestedAt(),
                review.clock.instant(), count, remark));
    }

    private synchronized void decide(Entry e) {
        if (!records.contains(e.id) || e.state != GoodsFilingState.DECLARED) {
            return;
        }
        List<Violation> errors = checker.check(e.filing).violations().stream().filter(Violation::isError).toList();
        if (errors.isEmpty()) {
            e.state = GoodsFilingLifecycle.TABLE.apply(e.state, GoodsFilingOperation.APPROVE);
            review.receipt(subject(e), e.receipts, "A", "审核通过", GoodsFilingState.APPROVED.nameZh());
        } else {
            e.state = GoodsFilingLifecycle.TABLE.apply(e.state, GoodsFilingOperation.RETURN);
            review.receipt(subject(e), e.receipts, "R", Review.reasons(errors), GoodsFilingState.RETURNED.nameZh());
        }
    }

    private Entry add(GoodsFiling filing, GoodsFilingState state) {
        String id = String.format("GF%08d", ++created);
        return records.add(id, new Entry(id, filing, state, review.clock.instant()));
    }

    private Entry apply(String id, GoodsFilingOperation op) {
        Entry e = records.find(id);
        e.state = GoodsFilingLifecycle.TABLE.apply(e.state, op);
        return e;
    }

    /** The simulator's application number: 002's example reads {@code 18S2102M9997/00054} and does not explain its parts. */
    private String nextApplicationNumber() {
        return String.format("SIM/%05d", ++numbered);
    }

    private Review.Subject subject(Entry e) {
        return new Review.Subject("goods-filing", e.id, enterprise.filingNumber(), null);
    }

    /** 用户备案 first: "使用系统前必须完善贸促会原产地证资质，否则系统不可用" (002 注意事项). */
    private void requireUserFiling(String operation) {
        Enterprise e = enterprise.get();
        if (blank(e.ccpitOfficeCode()) || blank(e.ccpitEnterpriseCode()) || blank(e.ccpitSigner())) {
            throw ApiError.transition(operation + " refused: file the enterprise with CCPIT first (用户备案: 贸促会编码,"
                    + " 企业编码, 手签员姓名; 002: 使用系统前必须完善贸促会原产地证资质，否则系统不可用)", "NO_CCPIT_USER_FILING", operation);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static GoodsFiling required(GoodsFiling filing) {
        if (filing == null) {
            throw ApiError.invalid("", "a goods filing is required");
        }
        return filing;
    }
}
