package io.coo4j.core.validation;

import static io.coo4j.core.validation.Severity.ERROR;
import static io.coo4j.core.validation.Severity.WARNING;
import static io.coo4j.core.validation.SourceGrade.INFERRED;
import static io.coo4j.core.validation.SourceGrade.OFFICIAL;
import static io.coo4j.core.validation.SourceGrade.PEER;
import static io.coo4j.core.validation.SourceGrade.SCHEMA;
import static io.coo4j.core.validation.SourceGrade.SEED;

/**
 * The field-level rules of sdk-core: formats, code lists and character sets, checked on every document
 * whatever its type. Rules per certificate type and agreement are sdk-rules'. A code list that only coo4j or
 * another implementation closes (units, package kinds, transport and trade modes, price terms: the customs
 * message takes them as free text) warns; it never refuses.
 *
 * @since 0.1
 */
public enum FieldRule implements Rule {
    REQUIRED(ERROR, SEED, "001 ch.4 §1.1 (黄底色录入框为必填项); the customs message's required elements and 申报为必填项;"
            + " per field in the catalogue's required-fields table"),
    CERTIFICATE_TYPE_UNKNOWN(ERROR, SCHEMA, "coo.xsd CertType (原产地证书类型); 001 ch.4 §1.1–1.30"),
    HS_CODE_FORMAT(ERROR, SEED, "002 (HS编码 6、8、10位)"),
    HS_CODE_UNKNOWN(ERROR, OFFICIAL, "WCO Harmonized System 2022 nomenclature (data pack): a subheading of six digits"),
    AUTHORITY_UNKNOWN(WARNING, PEER, "001 §1.1 (签证机构 / 领证机构); the district list is a third-party integration's (data pack)"),
    HS_NATIONAL_EXTENSION_UNVERIFIED(WARNING, INFERRED, "China's 8/10-digit tariff extension is not in the HS 2022 data pack"),
    FILING_NUMBER_FORMAT(ERROR, SEED, "003 (证书号: 证书代码+两位年份+企业备案号 9位+流水号); 001 ch.1 (产地证备案号)"),
    CREDIT_CODE_FORMAT(ERROR, OFFICIAL, "GB 32100-2015 (统一社会信用代码)"),
    CREDIT_CODE_CHECK(ERROR, OFFICIAL, "GB 32100-2015 §5 check character"),
    RESIDENT_ID_FORMAT(ERROR, OFFICIAL, "GB 11643-1999 (公民身份号码)"),
    RESIDENT_ID_CHECK(ERROR, OFFICIAL, "GB 11643-1999 / ISO 7064 MOD 11-2 check digit"),
    COUNTRY_UNKNOWN(ERROR, OFFICIAL, "ISO 3166-1 alpha-2; coo.xsd DestCountryCode, EntCountryCode (国别/地区代码)"),
    CURRENCY_UNKNOWN(ERROR, OFFICIAL, "ISO 4217; coo.xsd Curr (货币单位 常用单位: CNY、USD、EUR …)"),
    UNIT_UNKNOWN(WARNING, INFERRED, "coo4j's unit codes (units.json); coo.xsd GoodsUnitE is free text (数/重量单位（英文）)"),
    PACKAGE_KIND_UNKNOWN(WARNING, PEER, "package kinds (package-kinds.json); coo.xsd PackUnit is free text (包装单位（英文）)"),
    TRANSPORT_MODE_UNKNOWN(WARNING, PEER, "transport modes (transport-modes.json); coo.xsd TransMeans is free text (运输方式)"),
    TRADE_MODE_UNKNOWN(WARNING, PEER, "trade modes (trade-modes.json, one integration's message codes)"),
    PRICE_TERM_UNKNOWN(WARNING, PEER, "Incoterms 2020 (price-terms.json); coo.xsd PriceTerms is free text (价格条款); 001 §1.25 (价格条款默认为FOB)"),
    PHONE_FORMAT(ERROR, SEED, "002 base data (电话不超过20位数字或符号): the CCPIT profiles' forms, not the certificate's fields"),
    MESSAGE_LENGTH(ERROR, SCHEMA, "coo.xsd ExporterTel, ConsigneeTel, ProducerTel … maxLength: the length of the element that carries the field (ExporterTel 50, ApplTel 30, EtpsTel 20)"),
    EMAIL_FORMAT(WARNING, INFERRED, "RFC 5322 address form (no manual states a format)"),
    AMOUNT_NEGATIVE(WARNING, INFERRED, "amounts, quantities and weights are non-negative (no manual states it)"),
    PERCENT_RANGE(WARNING, INFERRED, "a share of value is between 0 and 100 % (no manual states it)"),
    CONTROL_CHARACTER(ERROR, SCHEMA, "coo.xsd xs:string values travel in an XML 1.0 message, which cannot carry control characters (XML 1.0 §2.2)"),
    NOT_PRINTABLE_ENGLISH(ERROR, SEED, "003 field table (出口商 英文, 唛头 英文, 启运港 英文 …); 001 §1.9 (仅该种证书查看或打印时均显示为中文: ECFA only)"),
    BASE_DATA_CODE_FORMAT(ERROR, SEED, "002 (企业简称代码 3–8 位字母或数字)"),
    BANK_ACCOUNT_FORMAT(ERROR, SEED, "002 (银行账号 19 位字母或数字)"),
    COMMITMENT_REQUIRED(ERROR, SEED, "001 ch.1 (提交企业信息须勾选申请人承诺)"),
    CCPIT_CODE_FORMAT(ERROR, SEED, "002 (贸促会机构代码 6 位, 企业代码 9 位)"),
    DECLARATION_NUMBER_FORMAT(WARNING, INFERRED, "001 ch.9 (报关单号; 18 digits is customs practice, not stated there)"),
    TEXT_TOO_LONG(ERROR, SEED, "003 (印章名称最多25个汉字, 备注最多200个汉字)"),
    SEAL_SIZE(ERROR, SEED, "003 (圆形直径≤4.5厘米, 长方形≤5.5×4厘米, 椭圆形≤5.5×4.5厘米)"),
    DATE_ORDER(ERROR, SEED, "003 (有效期); dates of one record in order"),
    /** A principal's organization code (组织机构代码) is not 9 letters or digits. */
    ORGANIZATION_CODE_FORMAT(ERROR, SEED, "003 委托人维护 (组织机构代码); 003 (请输入代理企业9位组织机构代码)");

    private final Severity severity;
    private final SourceGrade grade;
    private final String source;

    FieldRule(Severity severity, SourceGrade grade, String source) {
        this.severity = severity;
        this.grade = grade;
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
    public SourceGrade grade() {
        return grade;
    }

    @Override
    public String source() {
        return source;
    }
}
