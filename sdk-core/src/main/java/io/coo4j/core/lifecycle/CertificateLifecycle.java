package io.coo4j.core.lifecycle;

import static io.coo4j.core.lifecycle.CertificateOperation.*;
import static io.coo4j.core.lifecycle.CertificateState.*;

/**
 * The certificate lifecycle (001 ch.4–5; 003):
 * <ul>
 *   <li>delete only a draft or a returned certificate, irreversibly (001 ch.5 删除);</li>
 *   <li>declare a draft, or a returned certificate after editing it; receipts come in order
 *       sent → received → approved or returned;</li>
 *   <li>amend, reissue, amend-and-reissue only from approved ("只有审核通过的原产地证书才可以进行更改证");
 *       an archived certificate is an approved one the user hid, so it may be amended too;</li>
 *   <li>copy and convert from any saved certificate (a new draft with a new number);</li>
 *   <li>archive (存档) an approved certificate; void (作废, CCPIT) an approved one;</li>
 *   <li>attachments are added after saving and deleted while draft (001 ch.4).</li>
 * </ul>
 * Derivations (copy, convert, amend, reissue) leave the source's state unchanged: they create a
 * new certificate that starts in {@link CertificateState#DRAFT}.
 */
public final class CertificateLifecycle {
    /** The table; shared and immutable. */
    public static final TransitionTable<CertificateState, CertificateOperation> TABLE =
            TransitionTable.<CertificateState, CertificateOperation>builder("certificate")
                    .states(CertificateState.values())
                    .initial(DRAFT)
                    .on(EDIT).from(DRAFT, RETURNED).stay()
                    .on(ADD_ATTACHMENT).from(DRAFT, RETURNED).stay()
                    .on(DELETE_ATTACHMENT).from(DRAFT).stay()
                    .on(DECLARE).from(DRAFT, RETURNED).to(SENT)
                    .on(RECEIVE).from(SENT).to(RECEIVED)
                    .on(APPROVE).from(RECEIVED).to(APPROVED)
                    .on(RETURN).from(RECEIVED).to(RETURNED)
                    .on(DELETE).from(DRAFT, RETURNED).to(DELETED)
                    .on(COPY).from(DRAFT, SENT, RECEIVED, APPROVED, RETURNED, ARCHIVED, VOIDED).stay()
                    .on(CONVERT).from(DRAFT, SENT, RECEIVED, APPROVED, RETURNED, ARCHIVED, VOIDED).stay()
                    .on(AMEND).from(APPROVED, ARCHIVED).stay()
                    .on(REISSUE).from(APPROVED, ARCHIVED).stay()
                    .on(AMEND_REISSUE).from(APPROVED, ARCHIVED).stay()
                    .on(ARCHIVE).from(APPROVED).to(ARCHIVED)
                    .on(VOID).from(APPROVED).to(VOIDED)
                    .on(PRINT).from(DRAFT, SENT, RECEIVED, APPROVED, RETURNED, ARCHIVED, VOIDED).stay()
                    .build();

    private CertificateLifecycle() {
    }
}
