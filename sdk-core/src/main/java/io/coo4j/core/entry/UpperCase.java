package io.coo4j.core.entry;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.Transport;
import org.jspecify.annotations.Nullable;

/**
 * Upper-case conversion (大写转换) of the fields the certificate screen offers it for: the transport details (001
 * §1.1 运输细节: "如需大写可在左侧的“大写转换”复选框内打勾"; 003 运输细节 "生成 [大写转换]") and the exporter (003 出口商
 * "[出口商维护] [大写转换]"). The printed forms that want upper case get it from their layout at print time; this is
 * the entry-side conversion, so the stored certificate says what is printed.
 *
 * <p>Letters become their upper-case letter one code point for one ({@link Character#toUpperCase(int)}), so the
 * text keeps its length: {@code ß}, which has no single upper-case letter, stays as it is. Chinese characters, digits,
 * punctuation, line breaks and every other character that is not a letter (a circled ⓐ too) are kept.
 *
 * @since 0.1
 */
public final class UpperCase {
    private UpperCase() {
    }

    /** {@code text} with its lower-case letters in upper case, everything else kept; null stays null. */
    public static @Nullable String convert(@Nullable String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isLetter(cp) ? Character.toUpperCase(cp) : cp));
        return out.toString();
    }

    /**
     * {@code certificate} with the fields that carry a 大写转换 checkbox converted: the exporter's name and address,
     * and the transport details. Other fields are kept as they are.
     */
    public static Certificate convertFields(Certificate certificate) {
        Certificate.Builder b = InvalidInputException.requireArgument(certificate, "UpperCase.convertFields", "certificate").toBuilder();
        Party e = certificate.exporter();
        if (e != null) {
            b.exporter(e.toBuilder().name(convert(e.name())).address(convert(e.address())).build());
        }
        Transport t = certificate.transport();
        if (t != null) {
            b.transport(TransportDetails.withDetails(t, convert(t.details())));
        }
        return b.build();
    }
}
