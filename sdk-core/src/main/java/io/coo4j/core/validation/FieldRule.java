package io.coo4j.core.validation;

import static io.coo4j.core.validation.Severity.ERROR;
import static io.coo4j.core.validation.Severity.WARNING;

/**
 * The field-level rules of sdk-core: formats, code lists and character sets, checked on every document
 * whatever its type. Rules per certificate type and agreement are sdk-rules'.
 *
 * @since 0.1
 */
public enum FieldRule implements Rule {
    REQUIRED(ERROR, "DOMAIN §2; 001 ch.4 (黄底色录入框为必填项)"),
    CERTIFICATE_TYPE_UNKNOWN(ERROR, "CODES.md certificate types; 001 ch.4 §1.1–1.30"),
    HS_CODE_FORMAT(ERROR, "002 (HS编码 6、8、10位)"),
    HS_CODE_UNKNOWN(ERROR, "WCO Harmonized System 2022 nomenclature (data pack)"),
    AUTHORITY_UNKNOWN(ERROR, "001 §1.1 (签证机构 / 领证机构: a customs district of the data pack)"),
    HS_NATIONAL_EXTENSION_UNVERIFIED(WARNING, "China's 8/10-digit tariff extension is not in the HS 2022 data pack"),
    FILING_NUMBER_FORMAT(ERROR, "001 ch.1; 003 (产地证备案号, 9 digits)"),
    CREDIT_CODE_FORMAT(ERROR, "GB 32100-2015 (统一社会信用代码)"),
    CREDIT_CODE_CHECK(ERROR, "GB 32100-2015 §5 check character"),
    RESIDENT_ID_FORMAT(ERROR, "GB 11643-1999 (公民身份号码)"),
    RESIDENT_ID_CHECK(ERROR, "GB 11643-1999 / ISO 7064 MOD 11-2 check digit"),
    COUNTRY_UNKNOWN(ERROR, "ISO 3166-1 alpha-2 (FORMATS.md: countries are alpha-2)"),
    CURRENCY_UNKNOWN(ERROR, "ISO 4217"),
    UNIT_UNKNOWN(ERROR, "China Customs measurement unit codes (units.json)"),
    PACKAGE_KIND_UNKNOWN(ERROR, "package kinds (package-kinds.json)"),
    TRANSPORT_MODE_UNKNOWN(ERROR, "China Customs transport modes (transport-modes.json)"),
    TRADE_MODE_UNKNOWN(ERROR, "trade modes (trade-modes.json)"),
    PRICE_TERM_UNKNOWN(ERROR, "Incoterms 2020 (price-terms.json)"),
    PHONE_FORMAT(ERROR, "002 (电话不超过20位数字或符号)"),
    EMAIL_FORMAT(ERROR, "RFC 5322 address form"),
    AMOUNT_NEGATIVE(ERROR, "DOMAIN conventions: amounts, quantities and weights are non-negative"),
    PERCENT_RANGE(ERROR, "a share of value is between 0 and 100 %"),
    CONTROL_CHARACTER(ERROR, "FORMATS.md: printable text only; control characters corrupt forms and messages"),
    NOT_PRINTABLE_ENGLISH(ERROR, "DOMAIN §2; 001 ch.4 (打印字段均为英文, ECFA excepted)"),
    BASE_DATA_CODE_FORMAT(ERROR, "002 (企业简称代码 3–8 位字母或数字)"),
    BANK_ACCOUNT_FORMAT(ERROR, "002 (银行账号 19 位字母或数字)"),
    COMMITMENT_REQUIRED(ERROR, "001 ch.1 (提交企业信息须勾选申请人承诺)"),
    CCPIT_CODE_FORMAT(ERROR, "002 (贸促会机构代码 6 位, 企业代码 9 位)"),
    DECLARATION_NUMBER_FORMAT(WARNING, "001 ch.9 (报关单号, 18 digits per customs practice; to verify)"),
    TEXT_TOO_LONG(ERROR, "003 (印章名称最多25个汉字, 备注最多200个汉字)"),
    SEAL_SIZE(ERROR, "003 (圆形直径≤4.5厘米, 长方形≤5.5×4厘米, 椭圆形≤5.5×4.5厘米)"),
    DATE_ORDER(ERROR, "003 (有效期); dates of one record in order");

    private final Severity severity;
    private final String source;

    FieldRule(Severity severity, String source) {
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
