package io.coo4j.rules.backtoback;

import static io.coo4j.core.validation.Severity.ERROR;
import static io.coo4j.core.validation.Severity.WARNING;
import static io.coo4j.core.validation.SourceGrade.INFERRED;
import static io.coo4j.core.validation.SourceGrade.OFFICIAL;
import static io.coo4j.core.validation.SourceGrade.SEED;

import io.coo4j.core.validation.Rule;
import io.coo4j.core.validation.Severity;
import io.coo4j.core.validation.SourceGrade;

/**
 * What binds a movement certificate (流动证明, 001 §1.24) or an RCEP back-to-back certificate (背对背原产地证书,
 * 001 §1.26) to its original proof (原始原产地证明), checked by {@code CertificateValidator} when the certificate
 * carries {@code backToBack}. The quantity and validity rules are the agreements' (the manuals only show the picking);
 * goods are matched to the original proof's lines by the first six digits of the HS code and the unit.
 *
 * @since 0.1
 */
public enum BackToBackRule implements Rule {
    /** The goods of one product add up to more than the original proof's lines of that product cover. */
    BACK_TO_BACK_QUANTITY_OVER_ORIGINAL(ERROR, OFFICIAL, BackToBackRule.SOURCE_QUANTITY),
    /** A goods line matches no line of the original proof. */
    BACK_TO_BACK_GOODS_NOT_ON_ORIGINAL(ERROR, SEED, "001 §1.24: 进境货物原产地信息展示列表中点击操作列中的使用按钮，每次新增货物信息仅可"
            + "选择一项; §1.26: 被使用的进境货物信息会反填到货物信息录入界面中 (matched by the first six HS digits: coo4j's reading)"),
    /** A goods line's origin criterion is not the one of the original proof's line it matches. */
    BACK_TO_BACK_CRITERION_CHANGED(WARNING, INFERRED, "001 §1.26 fills the goods from the inbound line (反填); no text forbids"
            + " editing the criterion afterwards, but a back-to-back proof restates the original's origin, so a change is suspect"),
    /** The certificate is valid longer than the original proof. */
    BACK_TO_BACK_VALID_BEYOND_ORIGINAL(ERROR, OFFICIAL, "ACFTA OCP (Attachment A) Rule 12(c): The validity of the MC shall have"
            + " the same end-date as the original; RCEP Article 3.19.1(b): the period of validity of the back-to-back Proof of"
            + " Origin does not exceed the period of validity of the original Proof of Origin");

    /** The agreements' words on the quantity a back-to-back proof may cover. */
    static final String SOURCE_QUANTITY = "ACFTA OCP (Attachment A) Rule 12(a)(iv): the total quantity of each product covered in"
            + " the MC does not exceed the total quantity of each product covered in the original Certificate of Origin (Form E);"
            + " RCEP Article 3.19.1(e): the total quantity re-exported under the partial shipment shall not exceed the total"
            + " quantity of the original Proof of Origin";

    private final Severity severity;
    private final SourceGrade grade;
    private final String source;

    BackToBackRule(Severity severity, SourceGrade grade, String source) {
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
