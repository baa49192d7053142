package io.coo4j.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.BackToBack;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.print.internal.Layout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Printing certificates drawn on an original proof. 001 §1.24 中国-东盟自贸区流动证明, 预览/打印 小提示: "证书打印无需
 * 进行套打，只需在双面打印机使用 A4 纸打印即可，证书盖章流程与套打流程一致。" The movement certificate prints whole on
 * A4, each sheet on both sides, and never as an overlay; an RCEP back-to-back certificate names its original proof.
 */
class MovementCertificatePrintTest {
    /** Box 13's lower band on Form E, where the original Form E is named. */
    private static final Layout.Rect BOX_13 = new Layout.Rect(10, 221.8, 190, 8.2);
    /** Box 14 (Remarks) of the RCEP form. */
    private static final Layout.Rect BOX_14 = new Layout.Rect(10, 210, 190, 14);

    @Test
    void eachPageIsFollowedByTheFormsNotesForItsBack() throws IOException {
        Rendered r = Samples.LATIN.render(Samples.movement(), Samples.fixed().build());
        assertThat(r.pages()).isEqualTo(2);
        try (PDDocument doc = Pdfs.load(r.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(doc.getPage(1).getMediaBox().getWidth()).as("A4").isEqualTo(doc.getPage(0).getMediaBox().getWidth());
            String back = Pdfs.region(doc, 1, new Layout.Rect(0, 0, 210, 297));
            assertThat(back).contains("OVERLEAF NOTES", "Movement Certificate",
                    "the total quantity of each product covered in the MC does not exceed");
            // ACFTA OCP Rule 12(a)(iii): the MC names the original's Issuing Authority, date of issuance and reference number
            assertThat(Pdfs.region(doc, 0, BOX_13)).isEqualTo(
                    "ORIGINAL CERTIFICATE NO. E253000012345 DATED SEP. 20, 2025 ISSUED BY MINISTRY OF INDUSTRY AND TRADE, VIET NAM");
        }
    }

    /** Duplex: a certificate continued over pages gets a back for every front, front and back alternating. */
    @Test
    void aLongCertificateAlternatesFrontsAndBacks() throws IOException {
        Certificate one = Samples.movement();
        List<GoodsItem> goods = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            goods.add(one.goods().get(0).toBuilder().seq(i).build());
        }
        Rendered r = Samples.LATIN.render(one.toBuilder().goods(goods).build(), Samples.fixed().build());
        assertThat(r.pages()).isGreaterThanOrEqualTo(4).isEven();
        try (PDDocument doc = Pdfs.load(r.pdf())) {
            for (int p = 0; p < r.pages(); p++) {
                String top = Pdfs.region(doc, p, new Layout.Rect(0, 10, 210, 12));
                if (p % 2 == 0) {
                    assertThat(top).as("front %d", p).doesNotContain("OVERLEAF NOTES");
                } else {
                    assertThat(top).as("back %d", p).contains("OVERLEAF NOTES");
                }
            }
        }
    }

    /** "无需进行套打": overlay is refused, with the manual's words, rather than quietly printed standard. */
    @Test
    void overlayIsRefusedWithTheManualsWords() {
        RenderOptions overlay = Samples.fixed().mode(PrintMode.OVERLAY).build();
        assertThatThrownBy(() -> Samples.LATIN.render(Samples.movement(), overlay))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.source()).isEqualTo("PdfRenderer.render");
                    assertThat(e.location()).isEqualTo("options");
                })
                .hasMessageContaining("001 §1.24").hasMessageContaining("无需进行套打").hasMessageContaining("流动证明");
        // a Form E without an original proof still overlays, one side only
        Rendered plain = Samples.LATIN.render(Samples.read("E"), overlay);
        assertThat(plain.pages()).isEqualTo(1);
        assertThat(Samples.LATIN.render(Samples.read("E"), Samples.fixed().build()).pages()).isEqualTo(1);
    }

    /**
     * 001 §1.26 原始原产地证明信息 (the original proof's number, date, 经核准出口商授权号, 首次出口的 RCEP 原产国) and RCEP
     * Article 3.19: the printed back-to-back certificate names its original proof. The RCEP form has no box of its own
     * for it, so it goes in box 14 (Remarks), after the certificate's own remarks; box 17 ticks "Back-to-back".
     */
    @Test
    void anRcepBackToBackCertificateNamesItsOriginalProofInItsRemarks() throws IOException {
        Certificate b2b = Samples.read("RC-back-to-back");
        Certificate c = b2b.toBuilder().remarks("L/C NO. 123").backToBack(b2b.backToBack().toBuilder()
                .approvedExporterNumber("VN-AE-0042").build()).build();
        try (PDDocument doc = Pdfs.load(Samples.LATIN.render(c, Samples.fixed().build()).pdf())) {
            String remarks = Pdfs.region(doc, 0, BOX_14);
            assertThat(remarks).contains("L/C NO. 123").contains("ORIGINAL PROOF OF ORIGIN NO. VN2500012345 DATED SEP. 20, 2025"
                    + " APPROVED EXPORTER NO. VN-AE-0042 FIRST EXPORTING PARTY VIETNAM");
            assertThat(remarks.indexOf("L/C NO. 123")).isLessThan(remarks.indexOf("ORIGINAL PROOF OF ORIGIN"));
        }
        // a certificate without an original proof keeps its remarks alone
        try (PDDocument doc = Pdfs.load(Samples.LATIN.render(Samples.read("RC"), Samples.fixed().build()).pdf())) {
            assertThat(Pdfs.region(doc, 0, BOX_14)).doesNotContain("ORIGINAL PROOF");
        }
    }

    /**
     * Only the RCEP certificate (type RC; RCEP Article 3.19, 001 §1.26) names its original proof in its remarks. The
     * other forms with a remarks box (Chile, ECFA, the FTA family, Pakistan) are no back-to-back certificates: an
     * original proof on them (BACK_TO_BACK_ON_OTHER_TYPE warns of it) prints nothing.
     */
    @Test
    void noOtherFormPrintsAnOriginalProofInItsRemarks() {
        BackToBack proof = Samples.read("RC-back-to-back").backToBack();
        for (String type : List.of("F", "H", "K", "P")) {
            Certificate c = Samples.read(type).toBuilder().remarks("L/C NO. 123").backToBack(proof).build();
            String text = Pdfs.text(Samples.CJK.render(c, Samples.fixed().build()).pdf());
            assertThat(text).as(type).contains("L/C NO. 123").doesNotContain("ORIGINAL PROOF").doesNotContain("VN2500012345");
        }
    }

    /**
     * Box 14 holds three lines at the smallest size. Remarks that fit alone but not with the original proof coo4j adds
     * after them are refused saying so — what coo4j adds, from which field, and how many lines that leaves for the
     * remarks — and an original proof too long for the box on its own is named as the field to shorten.
     */
    @Test
    void box14OverflowingSaysWhatCoo4jAddedThere() {
        String remarks = "L/C NO. 123\nINVOICE 456\nPACKING LIST 789";
        Rendered alone = Samples.LATIN.render(Samples.read("RC").toBuilder().remarks(remarks).build(), Samples.fixed().build());
        assertThat(alone.pages()).as("the remarks fit box 14 by themselves").isEqualTo(1);
        Certificate b2b = Samples.read("RC-back-to-back");
        assertThatThrownBy(() -> Samples.LATIN.render(b2b.toBuilder().remarks(remarks).build(), Samples.fixed().build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("certificate: remarks: too long for box 14 of the form: 4 lines where 3 fit;")
                .hasMessageContaining("coo4j prints the original proof of this RCEP back-to-back certificate (backToBack, 1 line)")
                .hasMessageContaining("which leaves 2 lines for the text of remarks, which needs 3");

        String authority = String.join(" ", Collections.nCopies(20, "MINISTRY OF INDUSTRY AND TRADE,"));
        Certificate longProof = b2b.toBuilder().backToBack(b2b.backToBack().toBuilder().originalIssuingAuthority(authority)
                .build()).build();
        assertThatThrownBy(() -> Samples.LATIN.render(longProof, Samples.fixed().build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("certificate: backToBack: coo4j prints the original proof of this RCEP back-to-back")
                .hasMessageContaining("which holds 3 lines: shorten backToBack")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("remarks"));
    }

    /** The manual asks duplex of the ASEAN movement certificate only: an RCEP back-to-back certificate prints one side. */
    @Test
    void anRcepBackToBackCertificateIsNotDuplex() {
        Rendered r = Samples.LATIN.render(Samples.read("RC-back-to-back"), Samples.fixed().build());
        assertThat(r.pages()).isEqualTo(1);
        assertThat(Pdfs.text(r.pdf())).doesNotContain("OVERLEAF NOTES");
    }
}
