package io.coo4j.core.model;

import io.coo4j.core.Masking;
import io.coo4j.core.validation.constraints.ResidentIdNumber;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One of the enterprise's declarants (申报员) as its administrator maintains them (申报员信息维护, 003; 授权人员信息的维护,
 * 004): the persons who may declare and whose handwritten signature self-print may use — 003 签名制作: "注意必须与原产地
 * 综合服务平台备案的申报员一致". The fields are those of 003's operator form (我的操作员: 证件类型 身份证, 证件号码,
 * 身份证起始日期, 身份证结束日期 "长期请输入8个0", 邮箱; 卡号 of a card-bound operator) and of its initial values
 * (申报员姓名, 申报员身份证号, 申报员电话). The identity number, phone and e-mail are personal data: {@link #toString()}
 * masks them. Immutable; build with {@link #builder()}.
 *
 * @param id          the service's key of the record; leave it out when adding
 * @param name        申报员姓名, required
 * @param idNumber    证件号码: a resident identity number (身份证号, the one 证件类型 the manual shows), required and
 *                    unique within the enterprise; it cannot change, the person is another one then
 * @param phone       申报员电话 / 申报员联系方式
 * @param email       邮箱
 * @param idValidFrom 身份证起始日期
 * @param idValidUntil 身份证结束日期; {@code null} with a start date is 长期 (the form's "8个0")
 * @param cardNumber  卡号 of an operator bound to an e-port card (已绑卡); {@code null}: a cardless operator (无卡操作员)
 * @since 0.1
 */
public record DeclarantRecord(
        @Nullable String id,
        @Nullable String name,
        @ResidentIdNumber @Nullable String idNumber,
        @Nullable String phone,
        @Nullable String email,
        @Nullable LocalDate idValidFrom,
        @Nullable LocalDate idValidUntil,
        @Nullable String cardNumber) {

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether the declarant's identity card is valid on {@code day}; unknown dates are not "valid". */
    public boolean idValidOn(LocalDate day) {
        return idValidFrom != null && !day.isBefore(idValidFrom) && (idValidUntil == null || !day.isAfter(idValidUntil));
    }

    /** The declarant as a certificate carries it (申报员: name, identity number, phone). */
    public Declarant declarant() {
        return new Declarant(name, idNumber, phone);
    }

    @Override
    public String toString() {
        return "DeclarantRecord[id=" + id + ", name=" + name + ", idNumber=" + Masking.mask(idNumber) + ", phone="
                + Masking.mask(phone) + ", email=" + Masking.mask(email) + ", idValidFrom=" + idValidFrom
                + ", idValidUntil=" + idValidUntil + ", cardNumber=" + Masking.mask(cardNumber) + "]";
    }

    /** Builds a {@link DeclarantRecord}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String name;
        private @Nullable String idNumber;
        private @Nullable String phone;
        private @Nullable String email;
        private @Nullable LocalDate idValidFrom;
        private @Nullable LocalDate idValidUntil;
        private @Nullable String cardNumber;

        private Builder() {
        }

        private Builder(DeclarantRecord r) {
            id = r.id;
            name = r.name;
            idNumber = r.idNumber;
            phone = r.phone;
            email = r.email;
            idValidFrom = r.idValidFrom;
            idValidUntil = r.idValidUntil;
            cardNumber = r.cardNumber;
        }

        /** The service's key of the record; leave it out when adding. */
        public Builder id(@Nullable String v) { id = v; return this; }
        /** The declarant's name (申报员姓名). */
        public Builder name(@Nullable String v) { name = v; return this; }
        /** The resident identity number (身份证号). */
        public Builder idNumber(@Nullable String v) { idNumber = v; return this; }
        /** The phone (申报员电话). */
        public Builder phone(@Nullable String v) { phone = v; return this; }
        /** The e-mail (邮箱). */
        public Builder email(@Nullable String v) { email = v; return this; }
        /** The first day the identity card is valid (身份证起始日期). */
        public Builder idValidFrom(@Nullable LocalDate v) { idValidFrom = v; return this; }
        /** The last day the identity card is valid (身份证结束日期); {@code null} with a start date is 长期. */
        public Builder idValidUntil(@Nullable LocalDate v) { idValidUntil = v; return this; }
        /** The e-port card number (卡号) of a card-bound operator. */
        public Builder cardNumber(@Nullable String v) { cardNumber = v; return this; }

        /** The record; its rules are checked by {@code FieldValidator.validate(DeclarantRecord)}, not here. */
        public DeclarantRecord build() {
            return new DeclarantRecord(id, name, idNumber, phone, email, idValidFrom, idValidUntil, cardNumber);
        }
    }
}
