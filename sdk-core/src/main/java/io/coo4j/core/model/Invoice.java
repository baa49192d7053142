package io.coo4j.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One invoice of an RCEP certificate (001 §1.25): all invoices of one certificate share the price
 * term, and every goods line names one of them by number.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param number the invoice number (发票号), which goods lines name
 * @param date the invoice date (发票日期)
 * @param priceTerm the price-term code (成交方式), the same on every invoice of the certificate
 * @param currency the currency (币制), ISO 4217
 * @param amount the invoice amount (发票金额)
 * @param contractNumber the contract number (合同号)
 * @param letterOfCreditNumber the letter-of-credit number (信用证号)
 * @param specialTerms the special invoice terms (发票特殊条款)
 */
public record Invoice(
        @Nullable String number,
        @Nullable LocalDate date,
        @Nullable String priceTerm,
        @Nullable String currency,
        @Nullable BigDecimal amount,
        @Nullable String contractNumber,
        @Nullable String letterOfCreditNumber,
        @Nullable String specialTerms) {
    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().number(number).date(date).priceTerm(priceTerm).currency(currency).amount(amount)
                .contractNumber(contractNumber).letterOfCreditNumber(letterOfCreditNumber).specialTerms(specialTerms);
    }

    /** Builder of {@link Invoice}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String number;
        private @Nullable LocalDate date;
        private @Nullable String priceTerm;
        private @Nullable String currency;
        private @Nullable BigDecimal amount;
        private @Nullable String contractNumber;
        private @Nullable String letterOfCreditNumber;
        private @Nullable String specialTerms;

        private Builder() {
        }

        /** The invoice number (发票号), which goods lines name. */
        public Builder number(@Nullable String v) { number = v; return this; }
        /** The invoice date (发票日期). */
        public Builder date(@Nullable LocalDate v) { date = v; return this; }
        /** The price-term code (成交方式), the same on every invoice of the certificate. */
        public Builder priceTerm(@Nullable String v) { priceTerm = v; return this; }
        /** The currency (币制), ISO 4217. */
        public Builder currency(@Nullable String v) { currency = v; return this; }
        /** The invoice amount (发票金额). */
        public Builder amount(@Nullable BigDecimal v) { amount = v; return this; }
        /** The contract number (合同号). */
        public Builder contractNumber(@Nullable String v) { contractNumber = v; return this; }
        /** The letter-of-credit number (信用证号). */
        public Builder letterOfCreditNumber(@Nullable String v) { letterOfCreditNumber = v; return this; }
        /** The special invoice terms (发票特殊条款). */
        public Builder specialTerms(@Nullable String v) { specialTerms = v; return this; }

        /** Builds the value from the fields set so far. */
        public Invoice build() {
            return new Invoice(number, date, priceTerm, currency, amount, contractNumber, letterOfCreditNumber,
                    specialTerms);
        }
    }
}
