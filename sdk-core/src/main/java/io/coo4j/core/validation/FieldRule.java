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
    /** A field the certificate type requires (必填项) is missing. */
    REQUIRED(ERROR, SEED, "001 ch.4 (界面中黄底色背景的字段为必填项); 003 (黄底色录入框为必填项); coo.xsd (申报为必填项): the customs"
            + " message's required elements;"
            + " per field in the catalogue's required-fields table"),
    /** The certificate type code (证书类型) is not one of the reference data's types. */
    CERTIFICATE_TYPE_UNKNOWN(ERROR, SCHEMA, "coo.xsd CertType (原产地证书类型); 001 ch.4 §1.1–1.30"),
    /** An HS code (HS编码) is not 6, 8 or 10 digits. */
    HS_CODE_FORMAT(ERROR, SEED, "002 (HS编码 6、8、10位)"),
    /** An HS code's six-digit subheading is not in the data pack's HS 2022 nomenclature. */
    HS_CODE_UNKNOWN(ERROR, OFFICIAL, "WCO Harmonized System 2022 nomenclature (data pack): a subheading of six digits"),
    /** The issuing or collecting authority's customs district (关区代码) is not in the data pack. */
    AUTHORITY_UNKNOWN(WARNING, PEER, "001 §1.1 (签证机构 / 领证机构); the district list is a third-party integration's (data pack)"),
    /** The subheading exists, but its Chinese 8- or 10-digit extension could not be checked. */
    HS_NATIONAL_EXTENSION_UNVERIFIED(WARNING, INFERRED, "China's 8/10-digit tariff extension is not in the HS 2022 data pack"),
    /** A CO filing number (产地证备案号) is not 9 digits. */
    FILING_NUMBER_FORMAT(ERROR, SEED, "003 (证书号: 证书代码+两位年份+企业备案号 9位+流水号); 001 ch.1 (产地证备案号)"),
    /** A unified social credit code (统一社会信用代码) is not 18 characters of its alphabet. */
    CREDIT_CODE_FORMAT(ERROR, OFFICIAL, "GB 32100-2015 (统一社会信用代码)"),
    /** A unified social credit code has a wrong check character. */
    CREDIT_CODE_CHECK(ERROR, OFFICIAL, "GB 32100-2015 §5 check character"),
    /** A resident identity number (公民身份号码) is not 17 digits and a check character, or its birth date is impossible. */
    RESIDENT_ID_FORMAT(ERROR, OFFICIAL, "GB 11643-1999 (公民身份号码)"),
    /** A resident identity number has a wrong check digit. */
    RESIDENT_ID_CHECK(ERROR, OFFICIAL, "GB 11643-1999 / ISO 7064 MOD 11-2 check digit"),
    /** A country or region is not an ISO 3166-1 alpha-2 code. */
    COUNTRY_UNKNOWN(ERROR, OFFICIAL, "ISO 3166-1 alpha-2; coo.xsd DestCountryCode, EntCountryCode (国别/地区代码)"),
    /** A currency (币制) is not an ISO 4217 code. */
    CURRENCY_UNKNOWN(ERROR, OFFICIAL, "ISO 4217; coo.xsd Curr (货币单位 常用单位: CNY、USD、EUR …)"),
    /** A unit of quantity or weight (计量单位) is not in coo4j's unit list. */
    UNIT_UNKNOWN(WARNING, INFERRED, "coo4j's unit codes (units.json); coo.xsd GoodsUnitE is free text (数/重量单位（英文）)"),
    /** A kind of package (包装种类) is not in the package-kind list. */
    PACKAGE_KIND_UNKNOWN(WARNING, PEER, "package kinds (package-kinds.json); coo.xsd PackUnit is free text (包装单位（英文）)"),
    /** A transport mode (运输方式) is not in the transport-mode list. */
    TRANSPORT_MODE_UNKNOWN(WARNING, PEER, "transport modes (transport-modes.json); coo.xsd TransMeans is free text (运输方式)"),
    /** A trade mode (贸易方式) is not in the trade-mode list. */
    TRADE_MODE_UNKNOWN(WARNING, PEER, "trade modes (trade-modes.json, one integration's message codes)"),
    /** A price term (价格条款) is not an Incoterms 2020 code. */
    PRICE_TERM_UNKNOWN(WARNING, PEER, "Incoterms 2020 (price-terms.json); coo.xsd PriceTerms is free text (价格条款); 001 §1.25 (价格条款默认为FOB)"),
    /** A base-data profile's or a declarant's phone or fax is over 20 characters or has others than digits, + - ( ) and space. */
    PHONE_FORMAT(ERROR, SEED, "002 base data (电话: 请输入20位内数字、符号组合): the CCPIT profiles' forms, not the certificate's fields"),
    /** A field is longer than the element of the customs message that carries it. */
    MESSAGE_LENGTH(ERROR, SCHEMA, "coo.xsd maxLength of the customs message's text element that carries the field (every one: CertNo 20,"
            + " Exporter 400 for name and address on two lines, GoodsNameE 400, Mark 2000, …)"),
    /** An e-mail address does not have the form of one. */
    EMAIL_FORMAT(WARNING, INFERRED, "RFC 5322 address form (no manual states a format)"),
    /** An amount, quantity or weight is negative. */
    AMOUNT_NEGATIVE(WARNING, INFERRED, "amounts, quantities and weights are non-negative (no manual states it)"),
    /** A percentage is outside 0 to 100. */
    PERCENT_RANGE(WARNING, INFERRED, "a share of value is between 0 and 100 % (no manual states it)"),
    /** A text contains a control character, which the XML customs message cannot carry. */
    CONTROL_CHARACTER(ERROR, SCHEMA, "coo.xsd xs:string values travel in an XML 1.0 message, which cannot carry control characters (XML 1.0 §2.2)"),
    /** A field printed on the certificate is not printable English (ASCII). */
    NOT_PRINTABLE_ENGLISH(ERROR, SEED, "003 field table (出口商 英文, 唛头 英文, 启运港 英文 …); 001 §1.9 (仅该种证书查看或打印时均显示为中文: ECFA only)"),
    /** A base-data profile's code (企业简称代码) is not 3 to 8 letters or digits. */
    BASE_DATA_CODE_FORMAT(ERROR, SEED, "002 base data (受益人编码 / 客户编码 / 生产商编码: 由数字字母组合, 长度3-8位)"),
    /** A bank account (银行账号) is not 19 letters or digits. */
    BANK_ACCOUNT_FORMAT(ERROR, SEED, "002 base data (银行账号: 由数字字母组合, 长度19位)"),
    /** The enterprise information is submitted without the applicant's commitment (申请人承诺). */
    COMMITMENT_REQUIRED(ERROR, SEED, "001 ch.1 (维护企业基本信息必须勾选申请人承诺)"),
    /** A CCPIT office code is not 6 digits, or a CCPIT enterprise code not 9. */
    CCPIT_CODE_FORMAT(ERROR, SEED, "002 (贸促会编码: 填写6位贸促会机构编码; 企业编码: 填写9位贸促会企业编码)"),
    /** A customs declaration number (报关单号) is not 18 digits. */
    DECLARATION_NUMBER_FORMAT(WARNING, INFERRED, "001 ch.9 (报关单号; 18 digits is customs practice, not stated there)"),
    /** A seal name or a remark is longer than the customs allow (25 and 200 characters). */
    TEXT_TOO_LONG(ERROR, SEED, "003 (印章名称: …最多输入25个汉字; 备注: …最多输入200个汉字)"),
    /** A seal image is larger than its shape allows (at most 45 mm round, 55 × 40 mm rectangular, 55 × 45 mm oval). */
    SEAL_SIZE(ERROR, SEED, "003 印章规格 (原型印章，直径不超过4.5厘米; 长方形印章，长不超过5.5厘米，宽不超过4厘米;"
            + " 椭圆形印章，长轴不超过 5.5 厘米，短轴不超过 4.5 厘米)"),
    /** Two dates of one record are in the wrong order, e.g. a validity that ends before it starts. */
    DATE_ORDER(ERROR, SEED, "003 (有效期); dates of one record in order"),
    /**
     * A principal's organization code (组织机构代码) is not 9 digits or capital letters. No manual gives the principal's
     * code a format, so this only warns.
     */
    ORGANIZATION_CODE_FORMAT(WARNING, INFERRED, "coo4j's reading: no manual states the format of the principal's code."
            + " 003 委托人维护 shows 组织机构代码 with the values 899777776 and 999999999 (9 characters); 003 代理打印授权 asks"
            + " the agent's own code as 请输入代理企业9位组织机构代码; GB 11714-1997 §2.1: 八位数字（或大写拉丁字母）本体代码和一位"
            + "数字（或大写拉丁字母）校验码. The check character is not verified: 003's two values do not satisfy it");

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
