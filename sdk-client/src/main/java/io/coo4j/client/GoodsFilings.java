package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.GoodsFilingState;
import io.coo4j.core.model.CcpitSync;
import io.coo4j.core.model.CcpitSyncKind;
import io.coo4j.core.model.CcpitSyncStatus;
import io.coo4j.core.model.FiledGoods;
import io.coo4j.core.model.GoodsFiling;
import io.coo4j.core.model.GoodsFilingRecord;
import io.coo4j.core.model.Receipt;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CCPIT goods filings (商品备案, 002) and CCPIT data sync (数据同步): save (保存), edit, declare (申报) for CCPIT's review,
 * copy (复制), delete, the query of 商品备案查询 and receipts; the syncs of the enterprise's registration (同步企业信息) and of
 * the goods CCPIT already holds (同步商品备案信息) with their history. Only approved filings serve CCPIT preferential
 * certificates ({@link #filedGoods()} for the validator). Every operation the lifecycle forbids (editing a declared
 * filing, deleting an approved one …) is a {@link ConflictException}, as is any change before the enterprise's CCPIT
 * user filing (用户备案: office code, enterprise code and signer on {@link EnterpriseInfo}). Obtained from
 * {@link CooClient#goodsFilings()}; thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class GoodsFilings {
    private static final String ROOT = "goods-filings";
    private static final String SYNCS = "ccpit-syncs";

    private final Api api;

    GoodsFilings(Api api) {
        this.api = api;
    }

    /** 保存: a new draft (暂存). */
    public GoodsFilingRecord save(GoodsFiling filing) {
        return api.post("goodsFilings.save", GoodsFilingRecord.class,
                InvalidInputException.requireArgument(filing, "GoodsFilings.save", "filing"), ROOT);
    }

    /** 保存 of an existing draft or returned filing. */
    public GoodsFilingRecord update(String id, GoodsFiling filing) {
        return api.put("goodsFilings.update", GoodsFilingRecord.class,
                InvalidInputException.requireArgument(filing, "GoodsFilings.update", "filing"), ROOT, requireId(id));
    }

    /** 申报: sends a draft or returned filing to CCPIT for review. */
    public GoodsFilingRecord declare(String id) {
        return declare(id, RequestOptions.none());
    }

    /** As {@link #declare(String)}, with the call's options (under the caller's idempotency key, say). */
    public GoodsFilingRecord declare(String id, RequestOptions options) {
        return api.post("goodsFilings.declare", GoodsFilingRecord.class, null, options, ROOT, requireId(id), "declare");
    }

    /** 复制: a new draft with the goods of filing {@code id}, whatever its state. */
    public GoodsFilingRecord copy(String id) {
        return api.post("goodsFilings.copy", GoodsFilingRecord.class, null, ROOT, requireId(id), "copy");
    }

    /** 删除: a draft or returned filing. */
    public void delete(String id) {
        api.delete("goodsFilings.delete", null, ROOT, requireId(id));
    }

    /** The goods filing {@code id}; a {@link NotFoundException} when there is none. */
    public GoodsFilingRecord get(String id) {
        return api.get("goodsFilings.get", GoodsFilingRecord.class, ROOT, requireId(id));
    }

    /** The filings matching {@code query} (商品备案查询), fetched page by page while the iteration goes on. */
    public Iterable<GoodsFilingRecord> list(GoodsFilingQuery query) {
        InvalidInputException.requireArgument(query, "GoodsFilings.list", "query");
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("hsCode", query.hsCode());
        filters.put("nameCn", query.nameCn());
        filters.put("nameEn", query.nameEn());
        filters.put("state", query.state() == null ? null : query.state().name());
        filters.put("declaredFrom", query.declaredFrom() == null ? null : query.declaredFrom().toString());
        filters.put("declaredTo", query.declaredTo() == null ? null : query.declaredTo().toString());
        return () -> api.pages("goodsFilings.list", GoodsFilingRecord.class, filters, query.pageSize(), ROOT);
    }

    /**
     * The approved filings as they are now, for {@code CertificateValidator.builder().filedGoods(...)}: a snapshot, so
     * sync (同步商品备案信息) first when CCPIT may hold filings the Single Window has not seen.
     */
    public FiledGoods filedGoods() {
        return FiledGoods.of(api.all("goodsFilings.list", GoodsFilingRecord.class,
                Map.of("state", GoodsFilingState.APPROVED.name()), ROOT));
    }

    /** The receipts in order, each sequence number once. */
    public List<Receipt> receipts(String id) {
        return api.receipts("goodsFilings.receipts", ROOT, requireId(id), "receipts");
    }

    /** Polls until CCPIT has reviewed the declared filing (审核通过 or 退回), then returns it. */
    public GoodsFilingRecord awaitReview(String id, Duration timeout) {
        return api.poll(() -> get(id), r -> r.state() != GoodsFilingState.DECLARED, timeout, "goods filing " + id
                + " to be reviewed");
    }

    /** 同步企业信息 or 同步商品备案信息: starts the sync (同步中); {@link #awaitSync} waits for CCPIT's answer. */
    public CcpitSync sync(CcpitSyncKind kind) {
        return api.post("goodsFilings.sync", CcpitSync.class, Map.of("kind",
                InvalidInputException.requireArgument(kind, "GoodsFilings.sync", "kind").name()),
                SYNCS);
    }

    /** The CCPIT sync {@code id} with its status; a {@link NotFoundException} when there is none. */
    public CcpitSync getSync(String id) {
        return api.get("goodsFilings.getSync", CcpitSync.class, SYNCS, Api.required("CCPIT sync", "id", id));
    }

    /** The sync history (同步列表), oldest first, fetched page by page. */
    public Iterable<CcpitSync> syncs() {
        return () -> api.pages("goodsFilings.syncs", CcpitSync.class, Map.of(), 0, SYNCS);
    }

    /** Polls until the sync is no longer 同步中, then returns it with its count (同步数量) and remark (备注). */
    public CcpitSync awaitSync(String id, Duration timeout) {
        return api.poll(() -> getSync(id), s -> s.status() != CcpitSyncStatus.SYNCING, timeout, "CCPIT sync " + id);
    }

    private static String requireId(String id) {
        return Api.required("goods filing", "id", id);
    }
}
