package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.CertificateRejectedException;
import io.coo4j.client.CooClient;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.BackToBack;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.InboundLine;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.Quantity;
import io.coo4j.core.validation.Violation;
import io.coo4j.rules.backtoback.InboundPick;
import io.coo4j.rules.backtoback.InboundSelection;
import io.coo4j.rules.backtoback.PickedLine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A China–ASEAN movement certificate (流动证明, 001 §1.24) declared to the simulator over loopback: the customs' review
 * holds it to its original Form E as the Single Window does — the goods come from the inbound proof's lines
 * ("根据界面提示录入进境货物原产地信息 … 每次新增货物信息仅可选择一项") and stay within their quantities (ACFTA OCP Rule
 * 12(a)(iv)).
 */
@CooSandbox(reviewDelayMillis = 10)
class BackToBackAgainstSandboxTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final CooClient client;

    BackToBackAgainstSandboxTest(CooClient client) {
        this.client = client;
    }

    /** The original Form E behind the movement certificate: one line of the certificate's own product. */
    private static BackToBack proof(Certificate c, String covered) {
        GoodsItem g = c.goods().get(0);
        InboundLine line = InboundLine.builder().itemNumber(1).hsCode(g.hsCode()).description(g.nameEn())
                .originCriterion(g.originCriterion()).originCountry("VN")
                .quantity(new Quantity(new BigDecimal(covered), g.quantity().unit())).build();
        return BackToBack.builder().originalProofNumber("E253000012345").originalIssueDate(LocalDate.of(2025, 9, 20))
                .firstExportingCountry("VN").originalIssuingAuthority("MINISTRY OF INDUSTRY AND TRADE, VIET NAM")
                .lines(List.of(line)).build();
    }

    private static List<String> reasons(CooClient client, String number) {
        try {
            client.certificates().awaitStatus(number, CertificateState.APPROVED, WAIT);
            return List.of();
        } catch (CertificateRejectedException e) {
            return e.reasons().stream().map(v -> v.code() + " " + v.path()).toList();
        }
    }

    @Test
    void goodsPickedWithinTheOriginalAreApproved() {
        Certificate c = Operations.fresh();
        BackToBack proof = proof(c, "1000000");
        // the goods line as the 使用 button fills it, with the sample's own quantity, then the sample's other fields
        PickedLine picked = InboundSelection.pick(proof.lines(), List.of(new InboundPick(1, c.goods().get(0).quantity().value())))
                .get(0);
        GoodsItem line = c.goods().get(0).toBuilder().quantity(picked.goods().quantity())
                .originCriterion(picked.goods().originCriterion()).build();
        String number = client.certificates().declare(c.toBuilder().backToBack(proof).goods(List.of(line)).build())
                .certificate().number();
        assertThat(client.certificates().awaitStatus(number, CertificateState.APPROVED, WAIT).state())
                .isEqualTo(CertificateState.APPROVED);
        assertThat(client.certificates().get(number).certificate().backToBack()).isEqualTo(proof);
    }

    /** ACFTA OCP Rule 12(a)(iv): "the total quantity of each product covered in the MC does not exceed …" — returned. */
    @Test
    void goodsOverTheOriginalQuantityAreReturnedAndPassOnceWithin() {
        Certificate c = Operations.fresh();
        BigDecimal shipped = c.goods().get(0).quantity().value();
        Certificate over = c.toBuilder().backToBack(proof(c, shipped.subtract(BigDecimal.ONE).toPlainString())).build();
        String number = client.certificates().declare(over).certificate().number();
        assertThat(reasons(client, number)).containsExactly("BACK_TO_BACK_QUANTITY_OVER_ORIGINAL goods[0].quantity");

        client.certificates().update(over.toBuilder().number(number).backToBack(proof(c, shipped.toPlainString())).build());
        client.certificates().declare(number);
        assertThat(reasons(client, number)).isEmpty();
    }

    /**
     * GACC Announcement 2011 No. 11 二(二): "申报该货物进入我国关境的收货人同时是申报该货物离开我国关境的发货人" speaks of the
     * declarants on the import and export declarations, which the simulator does not see. An exporter other than the
     * name in the original Form E's box 2 (another spelling, a forwarder, TO ORDER) is coo4j's warning, not the customs'
     * refusal: the certificate is approved, and the consignee comes back as it was sent.
     */
    @Test
    void aMovementCertificateWhoseExporterIsNotTheOriginalsConsigneeIsApproved() {
        Certificate c = Operations.fresh();
        Party elsewhere = Party.of("GUANGZHOU OTHER TRADING CO., LTD.", "NO.2 OTHER ROAD, GUANGZHOU", "CN");
        Certificate other = c.toBuilder().backToBack(proof(c, "1000000").toBuilder().originalConsignee(elsewhere).build())
                .build();
        String number = client.certificates().declare(other).certificate().number();
        assertThat(reasons(client, number)).isEmpty();
        assertThat(client.certificates().get(number).certificate().backToBack().originalConsignee()).isEqualTo(elsewhere);
    }

    /**
     * 001 §1.24 小提示: "若无证书或声明电子数据，请在优惠贸易协定原产地申报要素系统录入原始原产地证明电子数据" — without the
     * original's lines there is nothing to pick from; and ACFTA OCP Rule 12(a)(iii) wants the original's Issuing Authority.
     */
    @Test
    void aMovementCertificateWithoutTheOriginalsLinesOrAuthorityIsReturned() {
        Certificate c = Operations.fresh();
        BackToBack bare = proof(c, "1000000").toBuilder().lines(List.of()).originalIssuingAuthority(null).build();
        String number = client.certificates().declare(c.toBuilder().backToBack(bare).build()).certificate().number();
        assertThat(reasons(client, number)).containsExactlyInAnyOrder("REQUIRED backToBack.lines",
                "REQUIRED backToBack.originalIssuingAuthority");
        assertThatThrownBy(() -> client.certificates().awaitStatus(number, CertificateState.APPROVED, WAIT))
                .isInstanceOfSatisfying(CertificateRejectedException.class, e -> assertThat(e.reasons())
                        .extracting(Violation::source).anyMatch(s -> s.contains("原始原产地证明电子数据")));
    }
}
