package io.coo4j.rules;

import static io.coo4j.core.validation.Severity.ERROR;
import static io.coo4j.core.validation.Severity.WARNING;
import static io.coo4j.core.validation.SourceGrade.INFERRED;
import static io.coo4j.core.validation.SourceGrade.OFFICIAL;
import static io.coo4j.core.validation.SourceGrade.SCHEMA;
import static io.coo4j.core.validation.SourceGrade.SEED;

import io.coo4j.core.validation.Rule;
import io.coo4j.core.validation.Severity;
import io.coo4j.core.validation.SourceGrade;

/**
 * The rules {@link CertificateValidator} applies per certificate type and agreement, beyond the field checks
 * of sdk-core. Required fields are reported as {@code REQUIRED} (sdk-core's code) with the path; the table
 * behind them, with a grade and a source per row, is {@code io/coo4j/rules/requirements.json}. The criteria
 * rules take the grade of the type's criteria list, and the goods-line cap the grade of its row: a list or cap
 * that no authoritative source states only warns.
 *
 * <p>Two families carry a prefix: {@code BACK_TO_BACK_*} binds a movement certificate (流动证明, 001 §1.24) or an RCEP
 * back-to-back certificate (背对背原产地证书, 001 §1.26) to its original proof; {@code GOODS_FILING_*} are the rules of a
 * CCPIT goods filing (商品备案, 002), checked by {@link io.coo4j.rules.filing.GoodsFilingChecker}, and the one they
 * serve on certificates: a CCPIT preferential certificate carries filed goods only. Each filing rule cites 002 with
 * its words; what 002 does not say only warns.
 */
public enum CertificateRule implements Rule {
    /**
     * The destination (目的地国家/地区) is not one the type may go to: outside its list, or not a partner of its
     * agreement in force on the certificate's date.
     */
    DESTINATION_NOT_ALLOWED(ERROR, SEED, "001 §1.3 (目的地国家/地区 … 系统反填为韩国); the agreements' partner lists and entry-into-force dates"),
    /** A goods line's origin criterion (原产地标准) is not in the type's criteria list for the destination. */
    ORIGIN_CRITERION_NOT_ALLOWED(ERROR, SEED, "001 §1.4 (原产地标准填写规则); 003 (普惠制 原产地标准详情); other lists per criteria.json row, with their grade"),
    /** A goods line's sub-criterion is missing, not one its criterion allows, or given where the criterion has none. */
    ORIGIN_SUB_CRITERION(ERROR, SEED, "001 §1.4 三 (若原产地标准为 PSR 时，子标准（或 RVC 标准），三选一): RVC 40 / CTC / Process Rule"),
    /**
     * A goods line's auxiliary field (辅助项) is not what its criterion asks: empty, the HS heading, the domestic share
     * or a percentage.
     */
    ORIGIN_AUXILIARY(ERROR, SEED, "001 §1.2 (原产地标准选择为“W”时，原产地标准辅助项字段，跟据该货物的 HS 编码，自动取前 4 位，"
            + "返填为 XX.XX); 001 §1.4 (原产地辅助项为空 / 原产地辅助项（1-进口成份比例）%)"),
    /** A wholly obtained or wholly produced line (WO, PE) states an import-content share (进口成份比例) other than 0. */
    IMPORT_SHARE_NOT_ZERO(ERROR, SEED, "001 §1.4 一、二: WO / PE 进口成份比例 0"),
    /** A line under a criterion that implies imported content (PSR, CTH) states an import-content share of 0. */
    IMPORT_SHARE_NOT_POSITIVE(ERROR, SEED, "001 §1.4 三、四: PSR / CTH 进口成份比例不能为零"),
    /** A line's import-content share is over its criterion's limit (60 %, or the GSP destination's). */
    IMPORT_SHARE_OVER_LIMIT(ERROR, SEED, "001 §1.4 五 (不能大于60%); 003 GSP (Canada 40 %, Australia/New Zealand 50 %)"),
    /** More goods lines than the type's form holds; reported with the grade and citation of the cap's row. */
    GOODS_ITEMS_OVER_LIMIT(ERROR, OFFICIAL, "the agreement's certificate form (Item number (Max 20) …), per goods-limits.json row, with its grade"),
    /** A goods line's number (商品项目编号) is not its position 1..n. */
    GOODS_SEQUENCE(WARNING, INFERRED, "coo.xsd GNo (商品项目编号); numbering the lines 1..n is coo4j's convention"),
    /** The invoice is dated after the application. */
    INVOICE_AFTER_APPLICATION(WARNING, INFERRED, "common practice (the invoice precedes the application); no manual or official text states it"),
    /** The goods leave before the invoice date. */
    DEPARTURE_BEFORE_INVOICE(WARNING, INFERRED, "common practice (goods leave after they are invoiced); no manual or official text states it"),
    /** A replacement (更改证/重发证) names no original certificate number or no amendment. */
    REPLACEMENT_WITHOUT_ORIGINAL(ERROR, SCHEMA, "coo.xsd OldCertNo (当CertStatus为1、2或3时，此项为必填); 001 ch.5 (更改证/重发证 关联原证书号)"),
    /** The invoices of one RCEP certificate carry different price terms (价格条款). */
    RCEP_PRICE_TERMS_DIFFER(ERROR, SEED, "001 §1.25: 同一 RCEP 证书中多个发票信息的价格条款应填写一致"),
    /** An RCEP goods line names an invoice number that is not among the certificate's invoices. */
    GOODS_INVOICE_UNKNOWN(ERROR, SEED, "001 §1.25: 选择的发票号需要与发票信息中发票号保持一致"),
    /** The certificate number (证书号) does not follow the numbering rule, its type or its enterprise. */
    NUMBER_RULE(WARNING, SEED, "003 (证书代码+两位年份+企业备案号+企业流水号); 001 ch.4: a generated number may be edited"),
    /** The total amount is not the sum of the goods lines' invoice values. */
    TOTAL_AMOUNT_MISMATCH(WARNING, SEED, "003 基本信息 (FOB值(美元) 根据货物信息累计)"),
    /** A field printed on an English form holds lower-case letters (大写转换 is offered, not required). */
    NOT_UPPER_CASE(WARNING, SEED, "001 §1.1 (如需大写可在左侧的“大写转换”复选框内打勾): upper case is offered, not required"),
    /** Movement (流动证明, 001 §1.24) and back-to-back (001 §1.26) certificates: goods over the original proof's quantity. */
    BACK_TO_BACK_QUANTITY_OVER_ORIGINAL(ERROR, OFFICIAL, "ACFTA OCP (Attachment A) Rule 12(a)(iv): the total quantity of each"
            + " product covered in the MC does not exceed the total quantity of each product covered in the original Certificate"
            + " of Origin (Form E); RCEP Article 3.19.1(e): the total quantity re-exported under the partial shipment shall not"
            + " exceed the total quantity of the original Proof of Origin"),
    /** A goods line on no line of the original proof (matched by the first six HS digits and the unit). */
    BACK_TO_BACK_GOODS_NOT_ON_ORIGINAL(ERROR, SEED, "001 §1.24: 进境货物原产地信息展示列表中点击操作列中的使用按钮，每次新增货物信息仅可"
            + "选择一项; §1.26: 被使用的进境货物信息会反填到货物信息录入界面中 (matched by the first six HS digits: coo4j's reading)"),
    /** A goods line's origin criterion is none of those of the original proof's lines it matches. */
    BACK_TO_BACK_CRITERION_CHANGED(WARNING, INFERRED, "001 §1.26 fills the goods from the inbound line (反填); no text forbids"
            + " editing the criterion afterwards, but a back-to-back proof restates the original's origin, so a change is suspect"),
    /** The certificate is valid longer than the original proof. */
    BACK_TO_BACK_VALID_BEYOND_ORIGINAL(ERROR, OFFICIAL, "ACFTA OCP (Attachment A) Rule 12(c): The validity of the MC shall have"
            + " the same end-date as the original; RCEP Article 3.19.1(b): the period of validity of the back-to-back Proof of"
            + " Origin does not exceed the period of validity of the original Proof of Origin"),
    /**
     * A movement certificate's exporter is not named as the consignee of the original Form E, who brought the goods into
     * China: China–ASEAN only (RCEP Article 3.19 sets no such condition). The announcement speaks of the declarants on
     * the import and export declarations; comparing Form E box 2's name with the exporter's is coo4j's reading, and a
     * name spelled otherwise, a forwarder or "TO ORDER" in box 2 differs too, so this only warns.
     */
    BACK_TO_BACK_IMPORTER_NOT_EXPORTER(WARNING, INFERRED, "coo4j's reading of GACC Announcement 2011 No. 11 二(二) (ACFTA OCP"
            + " Rule 12(a)(i) as China applies it): 申报该货物进入我国关境的收货人同时是申报该货物离开我国关境的发货人 — the"
            + " declarants of the import and export declarations. coo4j compares the exporter's name with the consignee the"
            + " original Form E names in box 2, ignoring case, spaces and punctuation; another spelling (Co. Ltd / Company"
            + " Limited), a forwarder or TO ORDER differ as well"),
    /**
     * An original proof ({@code backToBack}) on a certificate of another type than the China–ASEAN movement certificate
     * (E) and the RCEP back-to-back certificate (RC), the two 001 describes it for; the back-to-back rules, which rest
     * on those agreements, are not applied to it.
     */
    BACK_TO_BACK_ON_OTHER_TYPE(WARNING, INFERRED, "001 §1.24 中国-东盟自贸区流动证明 (进境货物原产地信息) and §1.26 RCEP 背对背原产证书"
            + " (原始原产地证明信息) are the only certificates the manuals give an original proof; that no other type"
            + " carries one is coo4j's reading"),
    /** A CCPIT goods filing (商品备案, 002) names no preferential area: 备案资料 "至少应填写一条数据". */
    GOODS_FILING_REGION_REQUIRED(ERROR, SEED, "002 商品备案: 备案资料 至少应填写一条数据"),
    /** A goods filing's area is not a preferential certificate type CCPIT issues. */
    GOODS_FILING_REGION_NOT_CCPIT_PREFERENTIAL(ERROR, SEED, "002 创建原产地证 (优惠原产地证: 亚太贸易协定 (B) … 中国-智利自贸协定"
            + " (F)), with the issuers of certificate-types.json"),
    /** 《海峡两岸经济合作框架协议》 (ECFA) goods are filed alone, not with another area. */
    GOODS_FILING_ECFA_NOT_ALONE(ERROR, SEED, "002 商品备案: 《海峡两岸经济合作框架协议》商品信息需单独备案，不能与其它优惠区域合并"),
    /** The same area twice in one goods filing. */
    GOODS_FILING_REGION_DUPLICATE(WARNING, INFERRED, "002 商品备案 lists one row per 优惠区域; an area twice is coo4j's finding,"
            + " no manual states it"),
    /** A goods filing's field that the processing-operations dialog (加工工序编辑) marks with {@code *} is empty. */
    GOODS_FILING_FIELD_REQUIRED(ERROR, SEED, "002 加工工序编辑: * H.S.Code, * 交货单价, * 产品名称, * 加工工序, * 从价百分比"),
    /** A goods filing names no imported material: 原材料、零部件 "至少应填写一条数据". */
    GOODS_FILING_MATERIAL_REQUIRED(ERROR, SEED, "002 商品备案: 原材料、零部件 至少应填写一条数据"),
    /** A filed material's customs tariff heading (海关税则号) is not four digits. */
    GOODS_FILING_TARIFF_HEADING_FORMAT(ERROR, SEED, "002 加工工序编辑: 海关税则号(4位)"),
    /** A filed material has no CIF unit price (the dialog does not star that column, so this only warns). */
    GOODS_FILING_MATERIAL_PRICE_MISSING(WARNING, INFERRED, "002 加工工序编辑: 加工所需的进口原材料的商品税则号及CIF单价信息 (a row"
            + " asks for both; the dialog marks neither column required)"),
    /** A CCPIT preferential certificate's goods line that is not among the goods filed and approved for its type. */
    GOODS_FILING_GOODS_NOT_FILED(ERROR, SEED, "002 优惠原产地证: 优惠原产地证书, 录入的商品信息必须是已备案并审核通过的商品数据");

    private final Severity severity;
    private final SourceGrade grade;
    private final String source;

    CertificateRule(Severity severity, SourceGrade grade, String source) {
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
