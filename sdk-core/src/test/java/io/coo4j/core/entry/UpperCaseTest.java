package io.coo4j.core.entry;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.Transport;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * 001 §1.1 运输细节: "如需大写可在左侧的“大写转换”复选框内打勾"; 003 出口商 "[出口商维护] [大写转换]", 运输细节 "生成 [大写转换]".
 */
class UpperCaseTest {
    @Test
    void lettersBecomeUpperCaseAndChineseAndOtherCharactersStay() {
        assertThat(UpperCase.convert("from Shanghai, 上海 to Busan (No.1) by sea")).isEqualTo("FROM SHANGHAI, 上海 TO BUSAN (NO.1) BY SEA");
        assertThat(UpperCase.convert("straße ⓐ ½")).isEqualTo("STRAßE ⓐ ½");
        assertThat(UpperCase.convert(null)).isNull();
    }

    @Test
    void convertsTheExporterAndTheTransportDetailsOnly() {
        Certificate c = Certificate.builder().type("C")
                .exporter(new Party("Acme co., ltd.", "No.1 road\nshenzhen", "CN", "tel-x", null, "sales@acme.cn"))
                .consignee(Party.of("Buyer pte", "singapore", "SG"))
                .transport(new Transport(null, false, "shanghai", null, null, null, null, "SEA", null, "from shanghai by sea"))
                .marks("n/m").build();
        Certificate up = UpperCase.convertFields(c);
        assertThat(up.exporter()).isEqualTo(new Party("ACME CO., LTD.", "NO.1 ROAD\nSHENZHEN", "CN", "tel-x", null, "sales@acme.cn"));
        assertThat(up.transport().details()).isEqualTo("FROM SHANGHAI BY SEA");
        assertThat(up.transport().portOfLoading()).isEqualTo("shanghai");
        assertThat(up.consignee()).isEqualTo(c.consignee());
        assertThat(up.marks()).isEqualTo("n/m");
    }

    @Test
    void aCertificateWithoutThoseFieldsIsUnchanged() {
        Certificate c = Certificate.builder().type("C").remarks("keep me").build();
        assertThat(UpperCase.convertFields(c)).isEqualTo(c);
    }

    @Property
    void keepsTheLengthAndEveryCharacterWithoutCase(@ForAll String text) {
        String up = UpperCase.convert(text);
        assertThat(up.codePointCount(0, up.length())).isEqualTo(text.codePointCount(0, text.length()));
        int[] before = text.codePoints().toArray();
        int[] after = up.codePoints().toArray();
        for (int i = 0; i < before.length; i++) {
            int expected = Character.isLetter(before[i]) ? Character.toUpperCase(before[i]) : before[i];
            assertThat(after[i]).as("code point %d of %s", i, text).isEqualTo(expected);
        }
    }

    @Property
    void onEnglishAndChineseTextItIsJavasUpperCase(@ForAll("englishAndChinese") String text) {
        assertThat(UpperCase.convert(text)).isEqualTo(text.toUpperCase(Locale.ROOT));
        assertThat(UpperCase.convert(text).replaceAll("[^\\p{IsHan}]", "")).isEqualTo(text.replaceAll("[^\\p{IsHan}]", ""));
    }

    @Provide
    Arbitrary<String> englishAndChinese() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u4e00', '\u9fa5').withChars('\n', '，', '（')
                .ofMaxLength(60);
    }
}
