package io.coo4j.testkit.internal;

import io.coo4j.core.model.ApplicationMode;
import io.coo4j.core.model.Contact;
import io.coo4j.core.model.Declarant;
import io.coo4j.core.model.Enterprise;
import io.coo4j.core.model.InitialValues;
import io.coo4j.core.model.Receipt;
import io.coo4j.core.model.SyncStatus;
import io.coo4j.core.validation.FieldRule;
import io.coo4j.core.validation.FieldValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The customs' enterprise desk for the simulator's one enterprise (企业信息, 001 ch.1) and its initial values
 * (初始值, 001 ch.2; 003). The enterprise starts filed and synced (同步成功), as the other desks assume. Saving checks
 * the form's rules by sdk-core's {@link FieldValidator} (the English name unless the mode is 不申领证书, the credit
 * code's check character, ...) but the applicant's commitment, which submitting needs; submitting syncs
 * (同步) one review delay later: 同步成功, or 同步失败 when the filing number or credit code is not the one the customs
 * has on file — the simulator's stand-in for the customs' check against its filing, which the manuals do not spell
 * out. While a sync or a change is with the customs, nothing is saved or submitted. Thread-safe: one lock.
 */
final class EnterpriseDesk {
    /** The enterprise the customs has on file; the same as {@code SampleData}'s certificates name. */
    private static final String FILING_NUMBER = "456500999";
    private static final String CREDIT_CODE = "91440300456500999G";

    private static final FieldValidator FIELDS = FieldValidator.defaults();

    private final Review review;
    private Enterprise enterprise = Enterprise.builder().filingNumber(FILING_NUMBER).creditCode(CREDIT_CODE)
            .nameCn("深圳示例有限公司").nameEn("SHENZHEN EXAMPLE CO., LTD.").addressCn("深圳市示例路1号")
            .addressEn("NO.1 EXAMPLE ROAD, SHENZHEN, CHINA").contact(new Contact("张三", "13800000000"))
            .applicationMode(ApplicationMode.SELF).producer(true).syncStatus(SyncStatus.SYNC_SUCCESS).commitment(true).build();
    /** The information as last synced: what the customs goes by (mode, producer) until a saved change syncs. */
    private Enterprise onFile = enterprise;
    private InitialValues initialValues;
    /** 查看回执 (001 ch.1; 003 回执信息): one receipt when a submission is sent, one when the customs answer. */
    private final List<Receipt> receipts = new ArrayList<>();

    EnterpriseDesk(Review review) {
        this.review = review;
    }

    /** The calls of {@code docs/api.md}'s enterprise table. */
    void register(Routes routes) {
        routes.on("GET enterprise", c -> Routes.Reply.ok(get()))
                .on("PUT enterprise", c -> Routes.Reply.ok(save(c.read(Enterprise.class))))
                .on("POST enterprise/submit", c -> Routes.Reply.accepted(submit()))
                .on("GET enterprise/receipts", c -> Routes.Reply.ok(receipts(c.query())))
                .on("GET initial-values", c -> Routes.Reply.ok(initialValues()))
                .on("PUT initial-values", c -> Routes.Reply.ok(saveInitialValues(c.read(InitialValues.class))));
    }

    synchronized Enterprise get() {
        return enterprise;
    }

    /** The declarant the enterprise filed in its initial values (001 ch.2), or {@code null} while it filed none. */
    synchronized Declarant filedDeclarant() {
        return initialValues == null ? null : initialValues.declarant();
    }

    /** The filing number the customs has on file: what the enterprise's receipts are filed under. */
    synchronized String filingNumber() {
        return onFile.filingNumber();
    }

    /**
     * 保存: the sync status stays; a synced enterprise's saved change (a new mode, say) takes effect only once
     * {@link #submit} has synced it.
     */
    synchronized Enterprise save(Enterprise e) {
        requireIdle("EDIT");
        Checks.serverSet("syncStatus", e.syncStatus());
        if (e.changeInProgress()) {
            throw ApiError.invalid("changeInProgress", "set by the service; leave it out or false");
        }
        // sdk-core's rules of the form, but the commitment: it is needed to submit, not to save (001 ch.1).
        Checks.valid(FIELDS.validate(e), v -> !v.code().equals(FieldRule.COMMITMENT_REQUIRED.code()));
        Checks.text("nameCn", e.nameCn(), 100); // the simulator's bounds on what it stores
        if (e.nameEn() != null) {
            Checks.text("nameEn", e.nameEn(), 200);
        }
        enterprise = withSync(e, enterprise.syncStatus(), false);
        return enterprise;
    }

    /**
     * 提交: a first sync or a resubmission after 同步失败, or a change of a synced enterprise; the saved information
     * must carry the applicant's commitment ("勾选申请人承诺方可提交", 001 ch.1).
     */
    synchronized Enterprise submit() {
        requireIdle("SUBMIT");
        Checks.valid(FIELDS.validate(enterprise)); // what was saved, now with the commitment
        boolean change = enterprise.syncStatus() == SyncStatus.SYNC_SUCCESS;
        enterprise = withSync(enterprise, change ? SyncStatus.SYNC_SUCCESS : SyncStatus.SYNCING, change);
        receipt("审核中", "您的申请已发送到海关"); // 003 回执信息's words
        review.later(this::sync);
        return enterprise;
    }

    synchronized InitialValues initialValues() {
        if (initialValues == null) {
            throw ApiError.notFound("initial values (none saved yet)");
        }
        return initialValues;
    }

    synchronized InitialValues saveInitialValues(InitialValues values) {
        if (values.declarant() != null && values.declarant().phone() != null
                && !io.coo4j.core.validation.Checks.isPhone(values.declarant().phone())) {
            throw ApiError.invalid("declarant.phone", "1 to 20 digits and + - ( ) or spaces, at least one digit (002)");
        }
        initialValues = values;
        return values;
    }

    /**
     * Refuses {@code operation} unless the enterprise is synced with no change in flight ("只有企业同步成功，且企业同步
     * 状态不处于变更过程中才能使用该功能", 001 ch.1, ch.6): the precondition of declaring and of everything below.
     */
    synchronized void requireSynced(String operation) {
        if (!enterprise.readyToDeclare()) {
            throw ApiError.transition(operation + " refused: the enterprise must be synced (同步成功) with no change in flight",
                    enterprise.changeInProgress() ? "CHANGE_IN_PROGRESS" : enterprise.syncStatus().name(), operation);
        }
    }

    /** {@link #requireSynced}, and the application mode is {@code mode}: agents (自理, 001 ch.3), principals (代理). */
    synchronized void requireMode(String operation, ApplicationMode mode) {
        requireSynced(operation);
        if (onFile.applicationMode() != mode) {
            refuse(operation, "only an enterprise applying as " + mode + " (" + mode.nameZh() + ")",
                    onFile.applicationMode().name());
        }
    }

    /** {@link #requireSynced}, and the enterprise applies for certificates (not 不申领证书): the precondition of declaring. */
    synchronized void requireApplying(String operation) {
        requireSynced(operation);
        if (onFile.applicationMode() == ApplicationMode.NOT_APPLYING) {
            refuse(operation, "the enterprise applies for no certificates (不申领证书)", ApplicationMode.NOT_APPLYING.name());
        }
    }

    /** {@link #requireSynced}, and a production enterprise: the precondition of product pre-reviews (001 ch.6). */
    synchronized void requireProducer(String operation) {
        requireSynced(operation);
        if (!onFile.producer()) {
            refuse(operation, "only a production enterprise (生产企业)", "NOT_PRODUCER");
        }
    }

    private static void refuse(String operation, String why, String state) {
        throw ApiError.transition(operation + " refused: " + why, state, operation);
    }

    private synchronized void sync() {
        boolean matches = FILING_NUMBER.equals(enterprise.filingNumber()) && CREDIT_CODE.equals(enterprise.creditCode());
        receipt(matches ? "审核成功" : "自动审核退回，待修改", matches ? "您的备案已审核通过" // 003 回执信息's words
                : "备案号或统一社会信用代码与海关备案不一致，请修改后重新提交");
        enterprise = withSync(enterprise, matches ? SyncStatus.SYNC_SUCCESS : SyncStatus.SYNC_FAILED, false);
        if (matches) {
            onFile = enterprise;
        }
    }

    synchronized Map<String, Object> receipts(Map<String, String> query) {
        return Paging.page(receipts, query);
    }

    /**
     * A receipt of the submission in flight: {@code code} is 003's 企业申请类别, 企业变更 while a synced enterprise's change
     * is with the customs, else 企业备案.
     */
    private void receipt(String status, String text) {
        receipts.add(new Receipt(receipts.size() + 1, review.clock.instant(),
                enterprise.changeInProgress() ? "企业变更" : "企业备案", text, status));
    }

    private void requireIdle(String operation) {
        if (enterprise.syncStatus() == SyncStatus.SYNCING || enterprise.changeInProgress()) {
            throw ApiError.transition("enterprise information: " + operation + " waits until the customs has answered",
                    enterprise.changeInProgress() ? "CHANGE_IN_PROGRESS" : SyncStatus.SYNCING.name(), operation);
        }
    }

    private static Enterprise withSync(Enterprise e, SyncStatus status, boolean changeInProgress) {
        return e.toBuilder().syncStatus(status).changeInProgress(changeInProgress).build();
    }
}
