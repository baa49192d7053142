package io.coo4j.rules.filing;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.FiledGoods;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Issuer;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.rules.CertificateRule;
import org.jspecify.annotations.Nullable;

/**
 * The check that a CCPIT preferential certificate carries filed goods only (002: "优惠原产地证书, 录入的商品信息必须是
 * 已备案并审核通过的商品数据"): every goods line's HS code must be filed and approved for the certificate's type. It needs
 * the enterprise's filings ({@link FiledGoods}); without them a CCPIT certificate is reported under
 * {@code notChecked} as {@link #FILED_GOODS}, never as passed. A customs certificate is not concerned.
 *
 * @since 0.1
 */
public final class FiledGoodsCheck {
    /** The not-checked entry when no filings were given. */
    public static final String FILED_GOODS = "FILED_GOODS";

    private FiledGoodsCheck() {
    }

    /**
     * Who issues {@code c}: CCPIT when its issuing authority is a 6-digit CCPIT office code (002: "贸促会编码: 填写6位贸促会
     * 机构编码") and its type is one CCPIT issues; otherwise the customs, whose authorities are 4-digit district codes.
     * The manuals do not say how a certificate names its issuer: this reading of the authority code is coo4j's.
     *
     * @param c   the certificate
     * @param ref the reference data that says which types CCPIT issues
     * @return {@link Issuer#CCPIT} or {@link Issuer#CUSTOMS}
     */
    public static Issuer issuer(Certificate c, ReferenceData ref) {
        InvalidInputException.requireArgument(c, "FiledGoodsCheck.issuer", "certificate");
        InvalidInputException.requireArgument(ref, "FiledGoodsCheck.issuer", "ref");
        boolean ccpitType = ref.certificateType(c.type()).map(t -> t.issuers().contains(Issuer.CCPIT)).orElse(false);
        return ccpitType && c.issuingAuthority() != null && c.issuingAuthority().matches("[0-9]{6}")
                ? Issuer.CCPIT : Issuer.CUSTOMS;
    }

    /**
     * Adds to {@code out} a {@link CertificateRule#GOODS_FILING_GOODS_NOT_FILED} per goods line of a CCPIT preferential
     * certificate that is not filed and approved for its type (non-goods lines, 非货物项, aside), or the not-checked entry
     * when {@code filed} is {@code null}.
     *
     * @param c     the certificate
     * @param ref   the reference data
     * @param filed the enterprise's approved filings, or {@code null} when the caller has none
     * @param out   where findings go
     */
    public static void check(Certificate c, ReferenceData ref, @Nullable FiledGoods filed, ValidationReport.Builder out) {
        InvalidInputException.requireArgument(c, "FiledGoodsCheck.check", "certificate");
        InvalidInputException.requireArgument(ref, "FiledGoodsCheck.check", "ref");
        InvalidInputException.requireArgument(out, "FiledGoodsCheck.check", "out");
        boolean preferential = ref.certificateType(c.type()).map(t -> t.preferential()).orElse(false);
        if (!preferential || issuer(c, ref) != Issuer.CCPIT) {
            return;
        }
        if (filed == null) {
            out.notChecked(FILED_GOODS, "a CCPIT preferential certificate carries filed and approved goods only (002);"
                    + " give the validator the enterprise's filings (CertificateValidator.builder().filedGoods(...))");
            return;
        }
        for (int i = 0; i < c.goods().size(); i++) {
            GoodsItem g = c.goods().get(i);
            if (!g.nonGoodsItem() && !filed.approved(c.type(), g.hsCode())) {
                out.add(CertificateRule.GOODS_FILING_GOODS_NOT_FILED, "goods[" + i + "].hsCode", String.valueOf(g.hsCode()),
                        c.type());
            }
        }
    }
}
