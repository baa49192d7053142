package io.coo4j.rules.backtoback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.BackToBack;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.InboundLine;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.Quantity;
import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.core.validation.Severity;
import io.coo4j.core.validation.SourceGrade;
import io.coo4j.core.validation.ValidationReport;
import io.coo4j.rules.CertificateRule;
import io.coo4j.rules.CertificateValidator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Movement (001 §1.24) and RCEP back-to-back (001 §1.26) certificates, in the manual's and the agreements' words. */
class BackToBackTest {
    private static final CertificateValidator V = CertificateValidator.defaults();

    static final InboundLine SWITCHES = InboundLine.builder().itemNumber(1).hsCode("851762").description("NETWORK SWITCH")
            .originCriterion("PSR").originCountry("VN").quantity(new Quantity(new BigDecimal("300"), "PCS")).build();
    static final InboundLine ROUTERS = InboundLine.builder().itemNumber(2).hsCode("85176290").description("ROUTER")
            .originCriterion("WO").originCountry("VN").quantity(new Quantity(new BigDecimal("50"), "PCS")).build();

    static Certificate sample(String name) {
        return CooJson.strict().readCertificate(GeneratedFiles.projectRoot().resolve("samples/certificates/" + name + ".json"));
    }

    /** A China–ASEAN movement certificate: the Form E sample drawing on a Vietnamese Form E. */
    static Certificate movement(List<InboundLine> lines) {
        BackToBack proof = BackToBack.builder().originalProofNumber("E253000012345").originalIssueDate(LocalDate.of(2025, 9, 20))
                .firstExportingCountry("VN").originalIssuingAuthority("MINISTRY OF INDUSTRY AND TRADE, VIET NAM")
                .lines(lines).build();
        return sample("E").toBuilder().backToBack(proof).build();
    }

    static List<org.assertj.core.groups.Tuple> found(ValidationReport r) {
        return r.violations().stream().map(v -> tuple(v.code(), v.path())).toList();
    }

    /**
     * 001 §1.24: "进境货物原产地信息展示列表中点击操作列中的使用按钮，每次新增货物信息仅可选择一项"; §1.26: "被使用的进境货物信息会
     * 反填到货物信息录入界面中". One pick, one goods line, with the inbound line's HS code, criterion and country.
     */
    @Test
    void eachPickFillsOneGoodsLineFromItsInboundLine() {
        List<PickedLine> picked = InboundSelection.pick(List.of(SWITCHES, ROUTERS),
                List.of(new InboundPick(2, new BigDecimal("20")), new InboundPick(1, new BigDecimal("100"))));
        assertThat(picked).extracting(p -> p.from().itemNumber()).containsExactly(2, 1);
        GoodsItem first = picked.get(0).goods();
        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.hsCode()).isEqualTo("85176290");
        assertThat(first.nameEn()).isEqualTo("ROUTER");
        assertThat(first.originCriterion()).isEqualTo("WO");
        assertThat(first.originCountry()).isEqualTo("VN");
        assertThat(first.quantity()).isEqualTo(new Quantity(new BigDecimal("20"), "PCS"));
        assertThat(picked.get(1).goods().seq()).isEqualTo(2);
    }

    /**
     * ACFTA OCP Rule 12(a)(iv): "the total quantity of each product covered in the MC does not exceed the total quantity of
     * each product covered in the original Certificate of Origin (Form E)": a selection over it is refused, not cut down.
     */
    @Test
    void picksOfOneLineMayNotAddUpToMoreThanItCovers() {
        assertThat(InboundSelection.pick(List.of(SWITCHES), List.of(new InboundPick(1, new BigDecimal("200")),
                new InboundPick(1, new BigDecimal("100"))))).hasSize(2);
        assertThatThrownBy(() -> InboundSelection.pick(List.of(SWITCHES), List.of(new InboundPick(1, new BigDecimal("200")),
                new InboundPick(1, new BigDecimal("100.01")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("picks[1]").hasMessageContaining("300.01").hasMessageContaining("Rule 12(a)(iv)");
        assertThatThrownBy(() -> InboundSelection.pick(List.of(SWITCHES), List.of(new InboundPick(3, BigDecimal.ONE))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no item 3");
        assertThatThrownBy(() -> InboundSelection.pick(List.of(SWITCHES), List.of(new InboundPick(1, BigDecimal.ZERO))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> InboundSelection.pick(List.of(SWITCHES, SWITCHES), List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("twice");
        InboundLine unknownQuantity = SWITCHES.toBuilder().quantity(null).build();
        assertThatThrownBy(() -> InboundSelection.pick(List.of(unknownQuantity), List.of(new InboundPick(1, BigDecimal.ONE))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("states no quantity");
    }

    /** The sample's 100 PCS of 851762 drawn on the proof's 300: nothing to report. */
    @Test
    void aMovementCertificateWithinItsProofIsValid() {
        ValidationReport r = V.validate(movement(List.of(SWITCHES)));
        assertThat(r.violations()).isEmpty();
        assertThat(r.notChecked()).extracting(n -> n.check()).doesNotContain("BACK_TO_BACK_INBOUND_QUANTITIES");
    }

    /**
     * ACFTA OCP Rule 12(a)(iv) and RCEP Article 3.19.1(e) ("the total quantity re-exported under the partial shipment
     * shall not exceed the total quantity of the original Proof of Origin"): an official text, so an ERROR.
     */
    @Test
    void goodsOverTheOriginalQuantityAreAnOfficialError() {
        InboundLine fewer = SWITCHES.toBuilder().quantity(new Quantity(new BigDecimal("60"), "PCS")).build();
        ValidationReport r = V.validate(movement(List.of(fewer)));
        assertThat(found(r)).containsExactly(tuple("BACK_TO_BACK_QUANTITY_OVER_ORIGINAL", "goods[0].quantity"));
        assertThat(r.violations().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(CertificateRule.BACK_TO_BACK_QUANTITY_OVER_ORIGINAL.grade()).isEqualTo(SourceGrade.OFFICIAL);
        // two proof lines of one product add up: 60 + 50 covers the 100 of the sample
        InboundLine more = SWITCHES.toBuilder().itemNumber(2).quantity(new Quantity(new BigDecimal("50"), "PCS")).build();
        assertThat(V.validate(movement(List.of(fewer, more))).violations()).isEmpty();
    }

    /** 001 §1.24: goods are chosen with "使用" from the inbound lines; a product on none of them is an error. */
    @Test
    void goodsOnNoLineOfTheProofAreAnError() {
        InboundLine other = SWITCHES.toBuilder().hsCode("940360").build();
        assertThat(found(V.validate(movement(List.of(other)))))
                .containsExactly(tuple("BACK_TO_BACK_GOODS_NOT_ON_ORIGINAL", "goods[0].hsCode"));
        InboundLine otherUnit = SWITCHES.toBuilder().quantity(new Quantity(new BigDecimal("300"), "SETS")).build();
        assertThat(found(V.validate(movement(List.of(otherUnit)))))
                .containsExactly(tuple("BACK_TO_BACK_GOODS_NOT_ON_ORIGINAL", "goods[0].hsCode"));
    }

    /** 001 §1.26 反填 keeps the original's criterion; a change is not forbidden in words, so it only warns (INFERRED). */
    @Test
    void aChangedCriterionWarns() {
        InboundLine wo = SWITCHES.toBuilder().originCriterion("WO").build();
        ValidationReport r = V.validate(movement(List.of(wo)));
        assertThat(found(r)).containsExactly(tuple("BACK_TO_BACK_CRITERION_CHANGED", "goods[0].originCriterion"));
        assertThat(r.violations().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(r.valid()).isTrue();
    }

    /**
     * 001 §1.24 小提示: "若无证书或声明电子数据，请在优惠贸易协定原产地申报要素系统录入原始原产地证明电子数据": the lines are needed
     * to declare; without them the quantity check says it did not run, never that it passed.
     */
    @Test
    void withoutTheProofsLinesTheDeclarationLacksThemAndTheQuantitiesAreUnchecked() {
        ValidationReport r = V.validate(movement(List.of()));
        assertThat(found(r)).containsExactly(tuple("REQUIRED", "backToBack.lines"));
        assertThat(r.notChecked()).extracting(n -> n.check()).contains("BACK_TO_BACK_INBOUND_QUANTITIES");
    }

    /**
     * ACFTA OCP Rule 12(a)(iii): "information on the MC includes the name of the Issuing Authority of the Party which
     * issued the original Certificate of Origin (Form E), date of issuance and reference number". 001 §1.26 asks the
     * reference number, date and first exporting country of every back-to-back certificate.
     */
    @Test
    void theOriginalProofsNumberDateAndIssuingAuthorityAreRequired() {
        Certificate bare = movement(List.of(SWITCHES));
        bare = bare.toBuilder().backToBack(bare.backToBack().toBuilder().originalIssuingAuthority(" ").originalIssueDate(null)
                .build()).build();
        assertThat(found(V.validate(bare))).containsExactlyInAnyOrder(tuple("REQUIRED", "backToBack.originalIssueDate"),
                tuple("REQUIRED", "backToBack.originalIssuingAuthority"));
        // the Issuing Authority is the ACFTA's requirement: an RCEP back-to-back certificate goes without it
        assertThat(V.validate(sample("RC-back-to-back")).violations()).isEmpty();
    }

    /** ACFTA OCP Rule 12(c): "The validity of the MC shall have the same end-date as the original"; RCEP Art. 3.19.1(b). */
    @Test
    void aCertificateMayNotOutlastItsOriginal() {
        Certificate c = movement(List.of(SWITCHES));
        Certificate longer = c.toBuilder().validUntil(LocalDate.of(2026, 9, 20))
                .backToBack(c.backToBack().toBuilder().originalValidUntil(LocalDate.of(2026, 9, 19)).build()).build();
        assertThat(found(V.validate(longer))).containsExactly(tuple("BACK_TO_BACK_VALID_BEYOND_ORIGINAL", "validUntil"));
        assertThat(V.validate(longer.toBuilder().validUntil(LocalDate.of(2026, 9, 19)).build()).violations()).isEmpty();
    }

    /**
     * GACC Announcement 2011 No. 11 二(二), China's terms for a movement certificate (ACFTA OCP Rule 12(a)(i)):
     * "申报该货物进入我国关境的收货人同时是申报该货物离开我国关境的发货人". The announcement speaks of the declarants on the
     * import and export declarations; Form E box 2's name standing for the first is coo4j's reading, so a different name
     * warns (INFERRED) and never makes the certificate invalid. A name that differs only in case, spaces or punctuation
     * is the same name.
     */
    @Test
    void aMovementCertificatesExporterOtherThanTheOriginalsConsigneeWarns() {
        Certificate c = movement(List.of(SWITCHES));
        Party elsewhere = Party.of("GUANGZHOU OTHER TRADING CO., LTD.", "NO.2 OTHER ROAD, GUANGZHOU", "CN");
        Certificate other = c.toBuilder().backToBack(c.backToBack().toBuilder().originalConsignee(elsewhere).build()).build();
        ValidationReport r = V.validate(other);
        assertThat(found(r)).containsExactly(tuple("BACK_TO_BACK_IMPORTER_NOT_EXPORTER", "exporter.name"));
        assertThat(r.violations().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(r.violations().get(0).grade()).isEqualTo(SourceGrade.INFERRED);
        assertThat(r.valid()).as("a warning does not make the certificate invalid").isTrue();
        assertThat(r.violations().get(0).source()).contains("coo4j's reading").contains("GACC Announcement 2011 No. 11")
                .contains("申报该货物进入我国关境的收货人同时是申报该货物离开我国关境的发货人");
        assertThat(r.violations().get(0).messageZh()).contains("GUANGZHOU OTHER TRADING CO., LTD.");
        // the same company spelled out in full: still only a warning, since the comparison cannot tell
        Party spelled = Party.of("SHENZHEN EXAMPLE COMPANY LIMITED", "NO.1 EXAMPLE ROAD, NANSHAN DISTRICT, SHENZHEN", "CN");
        ValidationReport full = V.validate(c.toBuilder().backToBack(c.backToBack().toBuilder().originalConsignee(spelled)
                .build()).build());
        assertThat(full.violations()).extracting(v -> v.code(), v -> v.severity())
                .containsExactly(tuple("BACK_TO_BACK_IMPORTER_NOT_EXPORTER", Severity.WARNING));
        // the sample's exporter is "SHENZHEN EXAMPLE CO., LTD."; Form E box 2 may spell it differently
        Party same = Party.of("Shenzhen Example Co. Ltd", "NO.1 EXAMPLE ROAD, NANSHAN DISTRICT, SHENZHEN", "CN");
        ValidationReport ok = V.validate(c.toBuilder().backToBack(c.backToBack().toBuilder().originalConsignee(same).build()).build());
        assertThat(ok.violations()).isEmpty();
        assertThat(ok.notChecked()).extracting(n -> n.check()).doesNotContain("BACK_TO_BACK_ORIGINAL_CONSIGNEE");
    }

    /** Without the original Form E's consignee the condition is listed as not checked, never as met. */
    @Test
    void withoutTheOriginalsConsigneeTheMovementConditionIsUnchecked() {
        ValidationReport r = V.validate(movement(List.of(SWITCHES)));
        assertThat(r.violations()).isEmpty();
        assertThat(r.notChecked()).extracting(n -> n.check()).contains("BACK_TO_BACK_ORIGINAL_CONSIGNEE");
    }

    /** RCEP Article 3.19 sets no such condition: an RCEP back-to-back certificate's exporter may be anyone. */
    @Test
    void rcepBackToBackCertificatesAreNotHeldToTheMovementCondition() {
        Certificate rcep = sample("RC-back-to-back");
        Party elsewhere = Party.of("GUANGZHOU OTHER TRADING CO., LTD.", "NO.2 OTHER ROAD, GUANGZHOU", "CN");
        ValidationReport r = V.validate(rcep.toBuilder().backToBack(rcep.backToBack().toBuilder().originalConsignee(elsewhere)
                .build()).build());
        assertThat(r.violations()).isEmpty();
        assertThat(r.notChecked()).extracting(n -> n.check()).doesNotContain("BACK_TO_BACK_ORIGINAL_CONSIGNEE");
        assertThat(V.validate(rcep).notChecked()).extracting(n -> n.check()).doesNotContain("BACK_TO_BACK_ORIGINAL_CONSIGNEE");
    }

    /**
     * 001 gives an original proof to two certificates only: §1.24 中国-东盟自贸区流动证明 ("根据界面提示录入进境货物原产地信息")
     * and §1.26 RCEP 背对背原产证书 ("原始原产地证明信息"). On another type it warns (coo4j's reading), and neither the
     * agreements' back-to-back rules nor the fields they require are applied to it.
     */
    @Test
    void anOriginalProofOnAnotherTypeOnlyWarns() {
        Certificate korea = sample("K");
        assertThat(V.validate(korea).violations()).isEmpty();
        // a proof without number or date, whose line is not the certificate's goods: an E or RC certificate would fail
        InboundLine chairs = InboundLine.builder().itemNumber(1).hsCode("940171").description("CHAIR").originCriterion("WO")
                .originCountry("VN").quantity(new Quantity(BigDecimal.TEN, "PCS")).build();
        ValidationReport r = V.validate(korea.toBuilder().backToBack(BackToBack.builder().lines(List.of(chairs)).build())
                .build());
        assertThat(r.violations()).extracting(v -> v.code(), v -> v.path(), v -> v.severity(), v -> v.grade())
                .containsExactly(tuple("BACK_TO_BACK_ON_OTHER_TYPE", "backToBack", Severity.WARNING, SourceGrade.INFERRED));
        assertThat(r.valid()).isTrue();
        assertThat(r.violations().get(0).message()).contains("type K");
        assertThat(r.violations().get(0).source()).contains("001 §1.24", "§1.26", "coo4j's reading");
        Certificate movement = movement(List.of(chairs));
        assertThat(found(V.validate(movement.toBuilder().backToBack(movement.backToBack().toBuilder().originalProofNumber(null)
                .build()).build()))).contains(tuple("REQUIRED", "backToBack.originalProofNumber"),
                tuple("BACK_TO_BACK_GOODS_NOT_ON_ORIGINAL", "goods[0].hsCode"));
    }

    /** The goods the selection makes pass the validator's quantity check: the two agree on what the proof covers. */
    @Test
    void aSelectionsGoodsPassTheQuantityCheck() {
        List<GoodsItem> goods = new ArrayList<>();
        InboundSelection.pick(List.of(SWITCHES, ROUTERS), List.of(new InboundPick(1, new BigDecimal("300")),
                new InboundPick(2, new BigDecimal("50")))).forEach(p -> goods.add(p.goods()));
        Certificate c = movement(List.of(SWITCHES, ROUTERS));
        ValidationReport r = V.validate(c.toBuilder().goods(goods).build());
        assertThat(r.violations()).extracting(v -> v.code()).doesNotContain("BACK_TO_BACK_QUANTITY_OVER_ORIGINAL",
                "BACK_TO_BACK_GOODS_NOT_ON_ORIGINAL", "BACK_TO_BACK_CRITERION_CHANGED");
    }
}
