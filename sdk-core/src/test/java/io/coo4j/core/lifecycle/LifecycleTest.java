package io.coo4j.core.lifecycle;

import static io.coo4j.core.lifecycle.ApplicationStatus.APPROVED;
import static io.coo4j.core.lifecycle.ApplicationStatus.DRAFT;
import static io.coo4j.core.lifecycle.ApplicationStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.lifecycle.SelfPrintState.Archive;
import io.coo4j.core.lifecycle.SelfPrintState.Layout;
import io.coo4j.core.lifecycle.SelfPrintState.Print;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Examples from the manuals' own words; each cites its section. */
class LifecycleTest {
    private static final TransitionTable<CertificateState, CertificateOperation> CERT = CertificateLifecycle.TABLE;

    /** 001 ch.5 删除: "用户可对暂存状态和退证状态的原产地证书进行删除操作". */
    @Test
    void deletesOnlyDraftOrReturnedCertificates() {
        Set<CertificateState> deletable = EnumSet.allOf(CertificateState.class).stream()
                .filter(s -> CERT.allowed(s, CertificateOperation.DELETE)).collect(Collectors.toSet());
        assertThat(deletable).containsExactlyInAnyOrder(CertificateState.DRAFT, CertificateState.RETURNED);
        assertThatThrownBy(() -> CERT.apply(CertificateState.APPROVED, CertificateOperation.DELETE))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("DELETE").hasMessageContaining("APPROVED");
    }

    /** 001 ch.5 更改证: "只有审核通过的原产地证书才可以进行更改证，原产地证书为暂存或申报状态无法进行更改证操作". */
    @Test
    void amendsOnlyApprovedCertificates() {
        assertThat(CERT.allowed(CertificateState.APPROVED, CertificateOperation.AMEND)).isTrue();
        assertThat(CERT.allowed(CertificateState.DRAFT, CertificateOperation.AMEND)).isFalse();
        assertThat(CERT.allowed(CertificateState.SENT, CertificateOperation.AMEND)).isFalse();
        assertThat(CERT.allowed(CertificateState.DRAFT, CertificateOperation.REISSUE)).isFalse();
        assertThat(CERT.allowed(CertificateState.RECEIVED, CertificateOperation.AMEND_REISSUE)).isFalse();
        assertThat(CERT.apply(CertificateState.APPROVED, CertificateOperation.REISSUE)).isEqualTo(CertificateState.APPROVED);
    }

    /** 001 ch.4–5 and 003: receipts arrive in order; a returned certificate is edited and declared again. */
    @Test
    void declaresAndReceivesInOrder() {
        CertificateState s = CERT.apply(CertificateState.DRAFT, CertificateOperation.DECLARE);
        assertThat(s).isEqualTo(CertificateState.SENT);
        assertThat(CERT.allowed(s, CertificateOperation.APPROVE)).as("approval before the customs received it").isFalse();
        s = CERT.apply(CERT.apply(s, CertificateOperation.RECEIVE), CertificateOperation.RETURN);
        assertThat(CERT.apply(CERT.apply(s, CertificateOperation.EDIT), CertificateOperation.DECLARE)).isEqualTo(CertificateState.SENT);
    }

    /** 001 ch.4: attachments are added after saving and deleted while draft. */
    @Test
    void deletesAttachmentsOnlyWhileDraft() {
        assertThat(CERT.allowed(CertificateState.DRAFT, CertificateOperation.DELETE_ATTACHMENT)).isTrue();
        assertThat(CERT.allowed(CertificateState.RETURNED, CertificateOperation.DELETE_ATTACHMENT)).isFalse();
        assertThat(CERT.allowed(CertificateState.APPROVED, CertificateOperation.ADD_ATTACHMENT)).isFalse();
    }

    /** 001 ch.3: delete from 暂存待提交 removes, from 海关接收成功 gives 删除待提交; submit only from those two. */
    @Test
    void agentRecordsFollowChapterThree() {
        TransitionTable<AgentRecordState, AgentRecordOperation> t = AgentRecordLifecycle.TABLE;
        assertThat(t.apply(AgentRecordState.DRAFT, AgentRecordOperation.DELETE)).isEqualTo(AgentRecordState.REMOVED);
        assertThat(t.apply(AgentRecordState.ACCEPTED, AgentRecordOperation.DELETE)).isEqualTo(AgentRecordState.DELETE_PENDING);
        Set<AgentRecordState> submittable = EnumSet.allOf(AgentRecordState.class).stream()
                .filter(s -> t.allowed(s, AgentRecordOperation.SUBMIT)).collect(Collectors.toSet());
        assertThat(submittable).containsExactlyInAnyOrder(AgentRecordState.DRAFT, AgentRecordState.DELETE_PENDING);
        assertThat(t.allowed(AgentRecordState.SUBMITTED, AgentRecordOperation.DELETE)).isFalse();
    }

    /** DOMAIN §6 (001 ch.6, 004): the exact state lists of change, cancel and delete. */
    @Test
    void preReviewOperationsMatchTheManualsLists() {
        assertThat(from(PreReviewOperation.CHANGE)).containsExactlyInAnyOrder(
                st(PreReviewStatus.NORMAL, APPROVED), st(PreReviewStatus.CHANGE, APPROVED), st(PreReviewStatus.CHANGE, DRAFT),
                st(PreReviewStatus.CANCELLED, DRAFT), st(PreReviewStatus.DELETE, DRAFT));
        assertThat(from(PreReviewOperation.CANCEL)).containsExactlyInAnyOrder(
                st(PreReviewStatus.NORMAL, APPROVED), st(PreReviewStatus.CHANGE, APPROVED), st(PreReviewStatus.CHANGE, DRAFT),
                st(PreReviewStatus.DELETE, DRAFT));
        assertThat(from(PreReviewOperation.DELETE)).containsExactlyInAnyOrder(
                st(PreReviewStatus.NEW, DRAFT), st(PreReviewStatus.NEW, REJECTED), st(PreReviewStatus.NORMAL, APPROVED),
                st(PreReviewStatus.CHANGE, DRAFT), st(PreReviewStatus.CHANGE, APPROVED), st(PreReviewStatus.CANCELLED, DRAFT),
                st(PreReviewStatus.RESTORE, DRAFT));
        assertThat(from(PreReviewOperation.MODIFY)).containsExactly(st(PreReviewStatus.NEW, DRAFT));
        assertThat(from(PreReviewOperation.RESTORE)).containsExactly(st(PreReviewStatus.CANCELLED, APPROVED));
    }

    /** 001 ch.6: a draft is deleted locally, an approved record becomes a deletion request. */
    @Test
    void preReviewDeleteRemovesDraftsAndRequestsForApproved() {
        assertThat(PreReviewLifecycle.apply(st(PreReviewStatus.NEW, DRAFT), PreReviewOperation.DELETE, false))
                .isEqualTo(PreReviewState.REMOVED);
        assertThat(PreReviewLifecycle.apply(st(PreReviewStatus.NORMAL, APPROVED), PreReviewOperation.DELETE, false))
                .isEqualTo(st(PreReviewStatus.DELETE, DRAFT));
    }

    /** 004: "产品预审恢复申请审核不通过时，数据显示为注销状态"; a rejected cancel shows the state before it. */
    @Test
    void rejectedRequestsGoBack() {
        PreReviewState restoring = PreReviewLifecycle.apply(
                PreReviewLifecycle.apply(st(PreReviewStatus.CANCELLED, APPROVED), PreReviewOperation.RESTORE, false),
                PreReviewOperation.SUBMIT, false);
        assertThat(PreReviewLifecycle.apply(restoring, PreReviewOperation.REJECT, false)).isEqualTo(st(PreReviewStatus.CANCELLED, APPROVED));
        PreReviewState cancelling = PreReviewLifecycle.apply(
                PreReviewLifecycle.apply(st(PreReviewStatus.NORMAL, APPROVED), PreReviewOperation.CANCEL, false),
                PreReviewOperation.SUBMIT, false);
        assertThat(PreReviewLifecycle.apply(cancelling, PreReviewOperation.REJECT, false)).isEqualTo(st(PreReviewStatus.NORMAL, APPROVED));
    }

    /** 001 ch.6: "若存在已提交且未审核的产品预审信息时，用户不允许进行新增、修改、变更、注销、恢复、删除操作". */
    @Test
    void pendingSubmissionBlocksAddAndChange() {
        assertThatThrownBy(() -> PreReviewLifecycle.add(true)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("submitted and not yet reviewed");
        assertThatThrownBy(() -> PreReviewLifecycle.apply(st(PreReviewStatus.NORMAL, APPROVED), PreReviewOperation.CHANGE, true))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("CHANGE");
        assertThat(PreReviewLifecycle.allowed(st(PreReviewStatus.NEW, DRAFT), PreReviewOperation.SUBMIT, true)).isTrue();
    }

    /** 001 ch.7: "仅待核查和退回核查状态的核查记录单可进行处理操作"; received → 核查中. */
    @Test
    void verificationIsProcessedOnlyWhenToVerifyOrReturned() {
        TransitionTable<VerificationState, VerificationOperation> t = VerificationLifecycle.TABLE;
        assertThat(EnumSet.allOf(VerificationState.class).stream().filter(s -> t.allowed(s, VerificationOperation.PROCESS)))
                .containsExactlyInAnyOrder(VerificationState.TO_VERIFY, VerificationState.RETURNED);
        assertThat(t.apply(t.apply(VerificationState.TO_VERIFY, VerificationOperation.SUBMIT), VerificationOperation.CUSTOMS_RECEIVE))
                .isEqualTo(VerificationState.IN_VERIFICATION);
    }

    /** 001 ch.8: only unused blank forms are consumed or voided. */
    @Test
    void consumedFormsCannotBeVoided() {
        BlankFormState consumed = BlankFormLifecycle.TABLE.apply(
                BlankFormLifecycle.TABLE.apply(BlankFormState.UNUSED, BlankFormOperation.CONSUME), BlankFormOperation.CUSTOMS_ACCEPT);
        assertThat(consumed).isEqualTo(BlankFormState.CONSUMED);
        assertThat(BlankFormLifecycle.TABLE.allowed(consumed, BlankFormOperation.VOID)).isFalse();
    }

    /** 003: the original only when received, not archived and pending; copies any time; printer faults reprint. */
    @Test
    void selfPrintFollowsTheSlides() {
        TransitionTable<SelfPrintState, SelfPrintOperation> t = SelfPrintLifecycle.TABLE;
        SelfPrintState waiting = SelfPrintLifecycle.initial();
        assertThat(t.allowed(waiting, SelfPrintOperation.PRINT_ORIGINAL)).isFalse();
        assertThat(t.allowed(waiting, SelfPrintOperation.PRINT_COPY)).isTrue();
        SelfPrintState printed = t.apply(t.apply(waiting, SelfPrintOperation.RECEIVE_LAYOUT), SelfPrintOperation.PRINT_ORIGINAL);
        assertThat(printed).isEqualTo(SelfPrintState.of(Layout.RECEIVED, Archive.UNARCHIVED, Print.PRINTED));
        assertThat(t.allowed(printed, SelfPrintOperation.PRINT_ORIGINAL)).isFalse();
        assertThat(t.apply(printed, PrintExceptionReason.PAPER_JAM.operation()))
                .isEqualTo(SelfPrintState.of(Layout.RECEIVED, Archive.UNARCHIVED, Print.PENDING));
        assertThat(t.apply(printed, PrintExceptionReason.CONTENT_WRONG.operation())).isEqualTo(waiting);
        SelfPrintState archived = t.apply(printed, SelfPrintOperation.ARCHIVE);
        assertThat(t.allowed(archived, SelfPrintOperation.PRINT_ORIGINAL)).isFalse();
        assertThat(t.allowed(archived, SelfPrintOperation.PREVIEW_COPY)).isTrue();
    }

    private static Set<PreReviewState> from(PreReviewOperation op) {
        return PreReviewLifecycle.TABLE.states().stream().filter(s -> PreReviewLifecycle.TABLE.allowed(s, op)).collect(Collectors.toSet());
    }

    private static PreReviewState st(PreReviewStatus s, ApplicationStatus a) {
        return PreReviewState.of(s, a);
    }
}
