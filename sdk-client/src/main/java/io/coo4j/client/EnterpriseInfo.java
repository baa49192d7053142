package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.model.Enterprise;
import io.coo4j.core.model.InitialValues;
import io.coo4j.core.model.SyncStatus;
import java.time.Duration;
import java.util.Objects;
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

    private final Api api;

    EnterpriseInfo(Api api) {
        this.api = api;
    }

    public Enterprise get() {
        return api.get("enterprise.get", Enterprise.class, ROOT);
    }

    public CompletableFuture<Enterprise> getAsync() {
        return api.getAsync("enterprise.get", Enterprise.class, ROOT);
    }

    /**
     * 保存: the English name is required unless the mode is 不申领证书, and the applicant's commitment (申请人承诺) must
     * be given; leave {@code syncStatus} out, the service sets it.
     */
    public Enterprise save(Enterprise enterprise) {
        return api.put("enterprise.save", Enterprise.class, Objects.requireNonNull(enterprise, "enterprise"), ROOT);
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

    public CompletableFuture<Enterprise> awaitSyncAsync(Duration timeout) {
        return api.pollAsync(this::getAsync, EnterpriseInfo::settled, timeout, "the enterprise sync");
    }

    /** The saved initial values; a {@link NotFoundException} before any were saved. */
    public InitialValues initialValues() {
        return api.get("enterprise.initialValues", InitialValues.class, INITIAL_VALUES);
    }

    public InitialValues saveInitialValues(InitialValues values) {
        return api.put("enterprise.saveInitialValues", InitialValues.class, Objects.requireNonNull(values, "values"),
                INITIAL_VALUES);
    }

    private static boolean settled(Enterprise e) {
        return e.syncStatus() != SyncStatus.SYNCING && !e.changeInProgress();
    }
}
