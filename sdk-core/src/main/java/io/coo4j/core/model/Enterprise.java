package io.coo4j.core.model;

import io.coo4j.core.validation.constraints.CreditCode;
import io.coo4j.core.validation.constraints.FilingNumber;
/**
 * An enterprise filed for certificates of origin (企业基本信息, 001 ch.1): its 9-digit CO filing number
 * (产地证备案号), 18-character unified social credit code (统一社会信用代码), names, application mode
 * and sync status. {@code commitment} is the applicant's commitment (申请人承诺) that submitting
 * requires; {@code changeInProgress} is true while a change of the information is with the customs,
 * which blocks agents and pre-reviews. {@code producer} marks a production enterprise, the only kind
 * that may file product pre-reviews (001 ch.6). CCPIT users also have a 6-digit office code, a
 * 9-digit enterprise code and a registered signer (手签员, 002).
 */
public record Enterprise(
        @FilingNumber String filingNumber,
        @CreditCode String creditCode,
        String nameCn,
        String nameEn,
        String addressCn,
        String addressEn,
        Contact contact,
        ApplicationMode applicationMode,
        boolean producer,
        SyncStatus syncStatus,
        boolean changeInProgress,
        boolean commitment,
        String ccpitOfficeCode,
        String ccpitEnterpriseCode,
        String ccpitSigner) {

    /** Whether the customs has the enterprise's information and nothing is changing it (001 ch.1). */
    public boolean readyToDeclare() {
        return syncStatus == SyncStatus.SYNC_SUCCESS && !changeInProgress;
    }
}
