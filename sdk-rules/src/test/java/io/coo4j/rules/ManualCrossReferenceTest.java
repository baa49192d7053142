package io.coo4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.reference.BasicProfile;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.GoodsProfile;
import io.coo4j.core.reference.ManualReference;
import io.coo4j.core.reference.ReferenceData;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The manual's cross-references (单一窗口标准版用户手册（原产地证申请系统）ch.4 §1.1–1.30, 基本信息参见 1.x /
 * 货物信息特殊字段参见 1.x), quoted here section by section, against the certificate-type table every module reads.
 */
class ManualCrossReferenceTest {
    private static final String B11 = "基本信息参见 1.1 一般原产地证。";
    private static final String B13 = "基本信息参见 1.3 中国-韩国自贸区原产地证。";
    private static final String G13 = "货物信息特殊字段参见 1.3 中国-韩国自贸区原产地证。";

    /** One section of the manual: the type, what its basic information and its goods refer to, and words of each. */
    record Section(String section, String basic, String basicWords, String goods, String goodsWords) {
    }

    private static final Map<String, Section> MANUAL = Map.ofEntries(
            Map.entry("C", new Section("1.1", "1.1", "一般原产地证", "1.1", "带黄色底图的为必填项")),
            Map.entry("G", new Section("1.2", "1.1", "基本信息界面与一般原产地证书基本相同", "1.2", "自动取前 4 位，返填为 XX.XX")),
            Map.entry("K", new Section("1.3", "1.3", "用户需要通过英文录入生产商实际情况", "1.3", "如未勾选非货物项")),
            Map.entry("E", new Section("1.4", "1.1", "是否展览证书", "1.4", "原产地标准、原产地子标准、原产地标准辅助项")),
            Map.entry("B", new Section("1.5", "1.1", B11, "1.3", G13)),
            Map.entry("F", new Section("1.6", "1.1", B11, "1.3", G13)),
            Map.entry("P", new Section("1.7", "1.3", B13, "1.3", G13)),
            Map.entry("R", new Section("1.8", "1.3", B13, "1.3", G13)),
            Map.entry("H", new Section("1.9", "1.3", "出口商电话、出口商传真、出口商邮箱、出口报关日期、进口商电话", "1.3", G13)),
            Map.entry("A", new Section("1.10", "1.3", B13, "1.3", G13)),
            Map.entry("L", new Section("1.11", "1.3", B13, "1.3", G13)),
            Map.entry("X", new Section("1.12", "1.1", B11, "1.3", G13)),
            Map.entry("N", new Section("1.13", "1.3", B13, "1.3", G13)),
            Map.entry("I", new Section("1.14", "1.1", B11, "1.3", G13)),
            Map.entry("S", new Section("1.15", "1.1", B11, "1.3", G13)),
            Map.entry("T", new Section("1.16", "1.1", B11, "1.3", "货物毛重、货物净重、重量单位")),
            Map.entry("TR", new Section("1.17", "1.1", "原产国代码", "1.3", G13)),
            Map.entry("PR", new Section("1.18", "1.1", "特殊字段参见 1.17 转口证明书", "1.3", G13)),
            Map.entry("AD", new Section("1.19", "1.1", B11, "1.1", "货物信息特殊字段参见 1.1 一般原产地证")),
            Map.entry("AP", new Section("1.20", "1.3", B13, "1.3", G13)),
            Map.entry("M", new Section("1.21", "1.1", B11, "1.3", "货物毛重、货物净重、重量单位")),
            Map.entry("GE", new Section("1.22", "1.3", B13, "1.2", "货物信息特殊字段参见 1.2 普惠制原产地证")),
            Map.entry("MU", new Section("1.23", "1.1", B11, "1.3", G13)),
            Map.entry("RC", new Section("1.25", "1.1", "基本信息录入及功能操作参见 1.1 一般原产地证", "1.25", "发票号为下拉选择")),
            Map.entry("CA", new Section("1.27", "1.1", "基本信息界面与一般原产地证书基本相同", "1.1", "必须先将基本信息保存成功")),
            Map.entry("NI", new Section("1.28", "1.1", "基本信息界面与一般原产地证书基本相同", "1.1", "必须先将基本信息保存成功")),
            Map.entry("EC", new Section("1.29", "1.1", "包含非缔约方公司时，基本信息中生产商描述为必填", "1.3", G13)),
            Map.entry("SE", new Section("1.30", "1.29", "参考 1.29 中国-厄瓜多尔自贸协定原产地证书", "1.1", "必须先将基本信息保存成功")));

    /** Basic profiles built on §1.1 (the general certificate) and on §1.3 (Korea: + the producer description). */
    private static final Set<BasicProfile> ON_GENERAL = EnumSet.of(BasicProfile.GENERAL, BasicProfile.ASEAN, BasicProfile.RCEP,
            BasicProfile.RE_EXPORT, BasicProfile.PROCESSING, BasicProfile.NON_PARTY_PRODUCER);
    private static final Set<BasicProfile> ON_KOREA = EnumSet.of(BasicProfile.KOREA_LIKE, BasicProfile.ECFA);

    @Test
    void everyTypeTheManualDescribesCarriesItsCrossReferences() {
        for (Map.Entry<String, Section> e : MANUAL.entrySet()) {
            CertificateType t = ReferenceData.defaults().certificateType(e.getKey()).orElseThrow();
            Section s = e.getValue();
            ManualReference m = t.manual();
            assertThat(m).as(t.code()).isNotNull();
            assertThat(m.section()).as(t.code()).isEqualTo(s.section());
            assertThat(m.basic().refers()).as(t.code() + " basic").isEqualTo(s.basic());
            assertThat(m.basic().quote()).as(t.code() + " basic").contains(s.basicWords());
            assertThat(m.goods().refers()).as(t.code() + " goods").isEqualTo(s.goods());
            assertThat(m.goods().quote()).as(t.code() + " goods").contains(s.goodsWords());
        }
    }

    @Test
    void theCrossReferencesDecideTheProfiles() {
        for (Map.Entry<String, Section> e : MANUAL.entrySet()) {
            CertificateType t = ReferenceData.defaults().certificateType(e.getKey()).orElseThrow();
            Section s = e.getValue();
            switch (s.basic()) {
                case "1.1", "1.29" -> assertThat(ON_GENERAL).as(t.code() + " basic → §" + s.basic()).contains(t.basicProfile());
                case "1.3" -> assertThat(ON_KOREA).as(t.code() + " basic → §1.3").contains(t.basicProfile());
                default -> throw new AssertionError(t.code() + ": unexpected basic reference " + s.basic());
            }
            GoodsProfile expected = switch (s.goods()) {
                case "1.1" -> GoodsProfile.GENERAL;
                case "1.2" -> GoodsProfile.GSP;
                case "1.3" -> s.goodsWords().contains("货物毛重") ? GoodsProfile.WEIGHTS : GoodsProfile.CRITERION;
                case "1.4" -> GoodsProfile.ASEAN;
                case "1.25" -> GoodsProfile.RCEP;
                default -> throw new AssertionError(t.code() + ": unexpected goods reference " + s.goods());
            };
            assertThat(t.goodsProfile()).as(t.code() + " goods → §" + s.goods()).isEqualTo(expected);
        }
    }

    /** Types the manual has no section for take their profiles from a third-party editor: those rules only warn. */
    @Test
    void typesWithoutASectionAreGradedAsPeer() {
        for (CertificateType t : ReferenceData.defaults().certificateTypes()) {
            if (!MANUAL.containsKey(t.code())) {
                assertThat(t.manual()).as(t.code()).isNull();
                assertThat(t.profileGrade()).as(t.code()).isEqualTo(io.coo4j.core.validation.SourceGrade.PEER);
            }
        }
    }

    /** 001 §1.18: 由中国贸促会根据申请单位的申请所签发. */
    @Test
    void theProcessingCertificateIsIssuedByCcpit() {
        assertThat(ReferenceData.defaults().certificateType("PR").orElseThrow().issuers())
                .contains(io.coo4j.core.model.Issuer.CCPIT);
    }
}
