package io.coo4j.core.entry;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.Transport;
import io.coo4j.core.reference.CodeTable;
import io.coo4j.core.reference.ReferenceData;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The sentence never loses a field that was given (001 §1.1: "填写过的信息将会自动生成到录入框中"). */
class TransportDetailsProperties {
    private static final TransportDetails T = TransportDetails.defaults();

    @Provide
    Arbitrary<String> field() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange('!', '~').withChars('上', '海', ' ')
                .ofMinLength(1).ofMaxLength(20);
        return Arbitraries.oneOf(text, Arbitraries.of("", " ")).injectNull(0.3);
    }

    @Provide
    Arbitrary<String> mode() {
        return Arbitraries.oneOf(field(), Arbitraries.of("SEA", "AIR", "RAIL", "ROAD", "MAIL", "2", "9"));
    }

    @Property
    void everyGivenFieldIsInTheSentence(@ForAll("field") String loading, @ForAll("field") String discharge,
                                        @ForAll("field") String transhipment, @ForAll("mode") String mode,
                                        @ForAll("field") String vessel) {
        String s = T.sentence(TransportDetailsTest.transport(loading, discharge, null, null, transhipment, mode, vessel));
        for (String given : new String[] {loading, discharge, transhipment, vessel}) {
            if (given != null && !given.isBlank()) {
                assertThat(s).contains(given.strip().replaceAll("\\s+", " "));
            }
        }
        if (mode != null && !mode.isBlank()) {
            String m = mode.strip().replaceAll("\\s+", " ");
            CodeTable modes = ReferenceData.defaults().transportModes();
            boolean code = modes.contains(m) || modes.findByCustomsCode(m).isPresent();
            assertThat(s).contains(code ? "BY " : m);
        }
        if (loading != null && !loading.isBlank()) {
            assertThat(s).startsWith("FROM ");
        }
    }
}
