package io.coo4j.rules;

import static io.coo4j.core.validation.Severity.ERROR;
import static io.coo4j.core.validation.Severity.WARNING;

import io.coo4j.core.validation.Rule;
import io.coo4j.core.validation.Severity;

/**
 * The rules {@link CertificateValidator} applies per certificate type and agreement, beyond the field checks
 * of sdk-core. Required fields are reported as {@code REQUIRED} (sdk-core's code) with the path; the table
 * behind them, with a source per row, is {@code io/coo4j/rules/requirements.json}.
 */
public enum CertificateRule implements Rule {
    DESTINATION_NOT_ALLOWED(ERROR, "DOMAIN §2 destination rules; 001 §1.3 (目的国系统反填为韩国); agreement partner lists"),
    ORIGIN_CRITERION_NOT_ALLOWED(ERROR, "criteria.json: 001 §1.2, §1.4; 003; agreement certificate notes"),
    ORIGIN_SUB_CRITERION(ERROR, "001 §1.4 三: PSR 子标准三选一 (RVC 40 / CTC / Process Rule)"),
    ORIGIN_AUXILIARY(ERROR, "001 §1.2 (W: 辅助项自动取HS前4位 XX.XX); 001 §1.4 (辅助项为空 / (1-进口成份比例)%)"),
    IMPORT_SHARE_NOT_ZERO(ERROR, "001 §1.4 一、二: WO / PE 进口成份比例 0"),
    IMPORT_SHARE_NOT_POSITIVE(ERROR, "001 §1.4 三、四: PSR / CTH 进口成份比例不能为零"),
    IMPORT_SHARE_OVER_LIMIT(ERROR, "001 §1.4 五 (不能大于60%); 003 GSP (Canada 40 %, Australia/New Zealand 50 %)"),
    GOODS_SEQUENCE(ERROR, "001 §1.1: goods lines are numbered 1..n (序号)"),
    INVOICE_AFTER_APPLICATION(ERROR, "DOMAIN §4 consistency: the invoice precedes the application"),
    DEPARTURE_BEFORE_INVOICE(ERROR, "DOMAIN §4 consistency: goods do not leave before they are invoiced"),
    REPLACEMENT_WITHOUT_ORIGINAL(ERROR, "001 ch.5: 更改证/重发证 生成新的证书号，并关联原证书号; FORMATS.md category"),
    RCEP_PRICE_TERMS_DIFFER(ERROR, "001 §1.25: all invoices of one RCEP certificate share the price term"),
    GOODS_INVOICE_UNKNOWN(ERROR, "001 §1.25: each goods line picks its invoice number from the certificate's invoices"),
    NUMBER_RULE(WARNING, "DOMAIN §3; 003 (证书代码+两位年份+企业备案号+企业流水号); 001 ch.4: a generated number may be edited"),
    TOTAL_AMOUNT_MISMATCH(WARNING, "001 §1.1 (总金额 根据货物信息累计)"),
    NOT_UPPER_CASE(WARNING, "DOMAIN §2: printed fields in English, upper-case conversion offered");

    private final Severity severity;
    private final String source;

    CertificateRule(Severity severity, String source) {
        this.severity = severity;
        this.source = source;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String source() {
        return source;
    }
}
