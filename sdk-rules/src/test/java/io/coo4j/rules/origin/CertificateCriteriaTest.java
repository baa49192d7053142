package io.coo4j.rules.origin;

import static io.coo4j.rules.origin.OriginEngineTest.non;
import static io.coo4j.rules.origin.OriginEngineTest.orig;
import static io.coo4j.rules.origin.OriginOnTheAnnexTest.engine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.core.model.BillOfMaterials.Material;
import io.coo4j.core.model.BillOfMaterials.Product;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.core.testing.SharedData;
import io.coo4j.core.validation.Violation;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.OriginCriteria;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** From a determination to a certificate's goods line, and through the validator without a criterion error. */
class CertificateCriteriaTest {
    private static final Set<String> CRITERION_RULES = Set.of("ORIGIN_CRITERION_NOT_ALLOWED", "ORIGIN_SUB_CRITERION",
            "ORIGIN_AUXILIARY", "IMPORT_SHARE_NOT_ZERO", "IMPORT_SHARE_NOT_POSITIVE", "IMPORT_SHARE_OVER_LIMIT");

    private static OriginResult result(String agreement, OriginOutcome outcome, String criterion, String rvc, OriginTest... tests) {
        return new OriginResult(agreement, outcome, criterion, new BigDecimal(rvc), List.of(), List.of(tests));
    }

    /** Form E (001 §1.4): PSR with the sub-criterion of the test passed; the empty criterion with the domestic share. */
    @Test
    void formEPrintsPsrWithItsSubCriterionOrTheDomesticShare() {
        OriginResult byRvc = result("02", OriginOutcome.QUALIFIES, "PSR", "70.00", new OriginTest("PSR", true, "row"),
                new OriginTest("CTH", false, "x"), new OriginTest("RVC", true, "70.00% >= 40%"));
        assertThat(CertificateCriteria.forGoodsLine(byRvc, "E", "940161")).contains(
                new GoodsCriterion("PSR", "RVC", null, new BigDecimal("30.00")));
        OriginResult blank = result("02", OriginOutcome.QUALIFIES_IF, "", "65.00", new OriginTest("RVC", true, "65.00% >= 40%"));
        assertThat(CertificateCriteria.forGoodsLine(blank, "E", "940161")).contains(
                new GoodsCriterion("", null, "65.00%", new BigDecimal("35.00")));
        OriginResult wo = result("02", OriginOutcome.QUALIFIES, "WO", "100.00", new OriginTest("WO", true, "wholly obtained"));
        assertThat(CertificateCriteria.forGoodsLine(wo, "E", "030389")).contains(new GoodsCriterion("WO", null, null, BigDecimal.ZERO));
    }

    /** APTA B with the non-originating share (criterion-printing.json); nothing for an answer that does not qualify. */
    @Test
    void aptaPrintsTheNonOriginatingShareAndNothingIsGuessed() {
        OriginResult b = result("01", OriginOutcome.QUALIFIES_IF, "B", "62.50", new OriginTest("RVC", true, "62.50% >= 45%"));
        assertThat(CertificateCriteria.forGoodsLine(b, "B", "940161").orElseThrow().auxiliary()).isEqualTo("37.50%");
        OriginResult no = result("02", OriginOutcome.NOT_DETERMINED, null, "10.00");
        assertThat(CertificateCriteria.forGoodsLine(no, "E", "940161")).isEmpty();
        assertThatThrownBy(() -> CertificateCriteria.forGoodsLine(b, "E", "940161")).hasMessageContaining("not 01");
    }

    /**
     * The round trip: every goods line of each sample certificate whose type prints an agreement's criteria is determined
     * three ways (wholly obtained, from originating materials, with 30 % of another chapter non-originating) on the
     * shared data pack, mapped, written back and validated: no criterion error.
     */
    @Test
    void everySamplesGoodsRoundTripThroughTheValidator() throws Exception {
        SharedData.folder();
        CertificateValidator validator = CertificateValidator.defaults();
        List<String> mapped = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (var files = Files.list(GeneratedFiles.projectRoot().resolve("samples/certificates"))) {
            for (Path file : files.sorted().toList()) {
                Certificate c = CooJson.strict().readCertificate(file);
                CertificateType type = ReferenceData.defaults().certificateType(c.type()).orElseThrow();
                String agreement = type.agreements().stream().filter(a -> engine().agreements().contains(a)).findFirst().orElse(null);
                // A back-to-back proof restates the original proof's criteria (001 §1.26 反填), it is not determined anew.
                if (agreement == null || !OriginCriteria.defaults().covers(type.code()) || c.backToBack() != null) {
                    continue;
                }
                for (int i = 0; i < c.goods().size(); i++) {
                    GoodsItem g = c.goods().get(i);
                    if (g.nonGoodsItem()) {
                        continue;
                    }
                    String other = g.hsCode().startsWith("44") ? "720810" : "440791";
                    for (List<Material> ms : List.of(List.<Material>of(), List.of(orig(other, "30")), List.of(non(other, "30")))) {
                        BillOfMaterials bom = new BillOfMaterials(agreement, "CN", c.destinationCountry(),
                                new Product(g.hsCode(), new BigDecimal("100"), new BigDecimal("90"), ms.isEmpty()), ms);
                        OriginResult r = engine().determine(bom).results().get(0);
                        var line = CertificateCriteria.forGoodsLine(r, type.code(), g.hsCode());
                        if (line.isEmpty()) {
                            continue;
                        }
                        List<GoodsItem> goods = new ArrayList<>(c.goods());
                        goods.set(i, line.get().applyTo(g.toBuilder()).build());
                        String path = "goods[" + i + "].";
                        validator.validate(c.toBuilder().goods(goods).build()).violations().stream()
                                .filter(v -> CRITERION_RULES.contains(v.code()) || v.path().startsWith(path + "origin")
                                        || v.path().equals(path + "importContentPercent"))
                                .map(Violation::toString).forEach(v -> problems.add(type.code() + " " + line.get() + ": " + v));
                        mapped.add(type.code() + ":" + line.get().criterion());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(mapped).contains("E:WO", "E:PE", "E:", "RC:WO", "RC:PE", "K:WO", "K:WP", "K:PSR", "B:A", "B:B", "P:P",
                "GE:WO", "X:P");
    }
}
