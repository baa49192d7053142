package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Enterprise;
import io.coo4j.core.model.InitialValues;
import io.coo4j.core.model.QueryPermission;
import io.coo4j.core.model.Receipt;
import io.coo4j.core.model.SyncStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The enterprise's own information (企业信息, 001 ch.1) and its sync (同步) with the customs, and the initial values
 * (初始值, 001 ch.2; 003) that pre-fill new certificates. Only a synced enterprise (同步成功) with no change in flight
 * declares, maintains agents or files pre-reviews; after 同步失败 it edits and submits again. While a sync or a change
 * is with the customs, saving and submitting are a {@link ConflictException}. Obtained from
 * {@link CooClient#enterprise()}; thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class EnterpriseInfo {
    private static final String ROOT = "enterprise";
    private static final String INITIAL_VALUES = "initial-values";
    private static final String QUERY_PERMISSION = "query-permission";

    private final Api api;

    EnterpriseInfo(Api api) {
        this.api = api;
    }

    /** The enterprise's information as the service holds it, with its sync status (同步状态). */
    public Enterprise get() {
        return api.get("enterprise.get", Enterprise.class, ROOT);
    }

    /** {@link #get()} without blocking a thread while the call travels. */
    public CompletableFuture<Enterprise> getAsync() {
        return api.getAsync("enterprise.get", Enterprise.class, ROOT);
    }

    /**
     * 保存: the English name is required unless the mode is 不申领证书, and the applicant's commitment (申请人承诺) must
     * be given; leave {@code syncStatus} out, the service sets it.
     */
    public Enterprise save(Enterprise enterprise) {
        return api.put("enterprise.save", Enterprise.class, InvalidInputException.requireArgument(enterprise,
                "EnterpriseInfo.save", "enterprise"), ROOT);
    }

    /** 提交: syncs the saved information (a first sync, a resubmission after 同步失败, or a change). */
    public Enterprise submit() {
        return submit(RequestOptions.none());
    }

    /** As {@link #submit()}, with the call's options (under the caller's idempotency key, say). */
    public Enterprise submit(RequestOptions options) {
        return api.post("enterprise.submit", Enterprise.class, null, options, ROOT, "submit");
    }

    /** Polls until the customs has answered the sync (同步成功 or 同步失败, no change in flight). */
    public Enterprise awaitSync(Duration timeout) {
        return api.poll(this::get, EnterpriseInfo::settled, timeout, "the enterprise sync");
    }

    /** {@link #awaitSync} without blocking a thread between polls. */
    public CompletableFuture<Enterprise> awaitSyncAsync(Duration timeout) {
        return api.pollAsync(this::getAsync, EnterpriseInfo::settled, timeout, "the enterprise sync");
    }

    /** The saved initial values; a {@link NotFoundException} before any were saved. */
    public InitialValues initialValues() {
        return api.get("enterprise.initialValues", InitialValues.class, INITIAL_VALUES);
    }

    /** 保存 the initial values (初始值), replacing those saved before; answers them as kept. */
    public InitialValues saveInitialValues(InitialValues values) {
        return api.put("enterprise.saveInitialValues", InitialValues.class,
                InvalidInputException.requireArgument(values, "EnterpriseInfo.saveInitialValues", "values"),
                INITIAL_VALUES);
    }

    /**
     * 查看回执 (001 ch.1: "企业基本信息提交之后可查看回执情况"): the customs' receipts of the enterprise's submissions, each
     * {@code seq} once, as 003's 回执信息 lists them — {@code time} 处理日期, {@code status} 状态, {@code code} the
     * application category (企业申请类别: 企业备案 for a first sync, 企业变更 for a change), {@code text} 说明.
     */
    public List<Receipt> receipts() {
        return api.receipts("enterprise.receipts", ROOT, "receipts");
    }

    /**
     * 受理情况查询 (001 ch.10): the enterprise's information and its certificates per state. Subject to the query
     * permission switch: an operator queries only while it is on, else a {@link ForbiddenException}.
     */
    public AcceptanceSummary acceptance() {
        return api.get("enterprise.acceptance", AcceptanceSummary.class, ROOT, "acceptance");
    }

    /** The query permission switch (查询权限开关, 001 ch.1); anyone may read it. */
    public QueryPermission queryPermission() {
        return api.get("enterprise.queryPermission", QueryPermission.class, ROOT, QUERY_PERMISSION);
    }

    /**
     * Sets the query permission switch: the administrator's alone (001 ch.1: "使用管理员账户或法人卡登录，可以进行查询权限
     * 功能开关的设置"); anyone else gets a {@link ForbiddenException}.
     */
    public QueryPermission saveQueryPermission(QueryPermission permission) {
        return api.put("enterprise.saveQueryPermission", QueryPermission.class,
                Api.required("query permission", "permission", permission), ROOT, QUERY_PERMISSION);
    }

    private static boolean settled(Enterprise e) {
        return e.syncStatus() != SyncStatus.SYNCING && !e.changeInProgress();
    }
}
