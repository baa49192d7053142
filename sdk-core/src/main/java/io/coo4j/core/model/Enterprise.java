package io.coo4j.core.model;

import io.coo4j.core.validation.constraints.CreditCode;
import io.coo4j.core.validation.constraints.FilingNumber;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise filed for certificates of origin (企业基本信息, 001 ch.1): its 9-digit CO filing number
 * (产地证备案号), 18-character unified social credit code (统一社会信用代码), names, application mode
 * and sync status. {@code commitment} is the applicant's commitment (申请人承诺) that submitting
 * requires; {@code changeInProgress} is true while a change of the information is with the customs,
 * which blocks agents and pre-reviews. {@code producer} marks a production enterprise, the only kind
 * that may file product pre-reviews (001 ch.6). CCPIT users also have a 6-digit office code, a
 * 9-digit enterprise code and a registered signer (手签员, 002).
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param filingNumber the 9-digit CO filing number (产地证备案号)
 * @param creditCode the 18-character unified social credit code (统一社会信用代码)
 * @param nameCn the Chinese name (企业中文名称)
 * @param nameEn the English name (企业英文名称)
 * @param addressCn the Chinese address (中文地址)
 * @param addressEn the English address (英文地址)
 * @param contact the contact person (联系人)
 * @param applicationMode how the enterprise applies for certificates (申领方式)
 * @param producer whether it is a production enterprise (生产型企业), which may file product pre-reviews
 * @param syncStatus the state of the last sync (同步) with the customs
 * @param changeInProgress whether a change of the information is with the customs
 * @param commitment whether the applicant's commitment (申请人承诺) is given
 * @param ccpitOfficeCode the 6-digit CCPIT office code of a CCPIT user filing (用户备案)
 * @param ccpitEnterpriseCode the 9-digit CCPIT enterprise code
 * @param ccpitSigner the registered signer (手签员) of a CCPIT user
 */
public record Enterprise(
        @FilingNumber @Nullable String filingNumber,
        @CreditCode @Nullable String creditCode,
        @Nullable String nameCn,
        @Nullable String nameEn,
        @Nullable String addressCn,
        @Nullable String addressEn,
        @Nullable Contact contact,
        @Nullable ApplicationMode applicationMode,
        boolean producer,
        @Nullable SyncStatus syncStatus,
        boolean changeInProgress,
        boolean commitment,
        @Nullable String ccpitOfficeCode,
        @Nullable String ccpitEnterpriseCode,
        @Nullable String ccpitSigner) {

    /** Whether the customs has the enterprise's information and nothing is changing it (001 ch.1). */
    public boolean readyToDeclare() {
        return syncStatus == SyncStatus.SYNC_SUCCESS && !changeInProgress;
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().filingNumber(filingNumber).creditCode(creditCode).nameCn(nameCn).nameEn(nameEn)
                .addressCn(addressCn).addressEn(addressEn).contact(contact).applicationMode(applicationMode)
                .producer(producer).syncStatus(syncStatus).changeInProgress(changeInProgress).commitment(commitment)
                .ccpitOfficeCode(ccpitOfficeCode).ccpitEnterpriseCode(ccpitEnterpriseCode).ccpitSigner(ccpitSigner);
    }

    /** Builder of {@link Enterprise}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String filingNumber;
        private @Nullable String creditCode;
        private @Nullable String nameCn;
        private @Nullable String nameEn;
        private @Nullable String addressCn;
        private @Nullable String addressEn;
        private @Nullable Contact contact;
        private @Nullable ApplicationMode applicationMode;
        private boolean producer;
        private @Nullable SyncStatus syncStatus;
        private boolean changeInProgress;
        private boolean commitment;
        private @Nullable String ccpitOfficeCode;
        private @Nullable String ccpitEnterpriseCode;
        private @Nullable String ccpitSigner;

        private Builder() {
        }

        /** The 9-digit CO filing number (产地证备案号). */
        public Builder filingNumber(@Nullable String v) { filingNumber = v; return this; }
        /** The 18-character unified social credit code (统一社会信用代码). */
        public Builder creditCode(@Nullable String v) { creditCode = v; return this; }
        /** The Chinese name (企业中文名称). */
        public Builder nameCn(@Nullable String v) { nameCn = v; return this; }
        /** The English name (企业英文名称). */
        public Builder nameEn(@Nullable String v) { nameEn = v; return this; }
        /** The Chinese address (中文地址). */
        public Builder addressCn(@Nullable String v) { addressCn = v; return this; }
        /** The English address (英文地址). */
        public Builder addressEn(@Nullable String v) { addressEn = v; return this; }
        /** The contact person (联系人). */
        public Builder contact(@Nullable Contact v) { contact = v; return this; }
        /** How the enterprise applies for certificates (申领方式). */
        public Builder applicationMode(@Nullable ApplicationMode v) { applicationMode = v; return this; }
        /** Whether it is a production enterprise (生产型企业), which may file product pre-reviews. */
        public Builder producer(boolean v) { producer = v; return this; }
        /** The state of the last sync (同步) with the customs. */
        public Builder syncStatus(@Nullable SyncStatus v) { syncStatus = v; return this; }
        /** Whether a change of the information is with the customs. */
        public Builder changeInProgress(boolean v) { changeInProgress = v; return this; }
        /** Whether the applicant's commitment (申请人承诺) is given. */
        public Builder commitment(boolean v) { commitment = v; return this; }
        /** The 6-digit CCPIT office code of a CCPIT user filing (用户备案). */
        public Builder ccpitOfficeCode(@Nullable String v) { ccpitOfficeCode = v; return this; }
        /** The 9-digit CCPIT enterprise code. */
        public Builder ccpitEnterpriseCode(@Nullable String v) { ccpitEnterpriseCode = v; return this; }
        /** The registered signer (手签员) of a CCPIT user. */
        public Builder ccpitSigner(@Nullable String v) { ccpitSigner = v; return this; }

        /** Builds the value from the fields set so far. */
        public Enterprise build() {
            return new Enterprise(filingNumber, creditCode, nameCn, nameEn, addressCn, addressEn, contact,
                    applicationMode, producer, syncStatus, changeInProgress, commitment, ccpitOfficeCode,
                    ccpitEnterpriseCode, ccpitSigner);
        }
    }
}
