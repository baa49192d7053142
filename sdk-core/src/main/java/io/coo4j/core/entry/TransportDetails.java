package io.coo4j.core.entry;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Transport;
import io.coo4j.core.reference.CodeEntry;
import io.coo4j.core.reference.Country;
import io.coo4j.core.reference.ReferenceData;
import org.jspecify.annotations.Nullable;

/**
 * The transport-details sentence (运输细节) the certificate screen generates from the transport fields (001 §1.1:
 * "在基本信息中，填写好启运港、卸货港、运输方式、运输工具船名/航次等，点击 运输细节字段下面的 按钮，填写过的信息将会自动生成到录入框中").
 *
 * <p>The wording is the manuals' rule (002 运输路线 and 003 运输细节: "运输细节录入规则 FROM[起运港]TO[卸货港]VIA[转运港]BY[运输方式]"):
 * {@code FROM <port of loading> TO <port of discharge> VIA <transhipment port> BY <mode>}. Three choices are coo4j's
 * (INFERRED), since the manuals do not state them:
 * <ul>
 *   <li>the vessel/voyage (运输工具船名/航次), which 001 lists among the fields used but the rule does not place, follows
 *       the mode after a comma, as certificates commonly print it: {@code BY SEA, COSCO STAR V.123};</li>
 *   <li>without a port of discharge, the port of destination (目的港) is the {@code TO} part; without a transhipment
 *       port, the transit country's English name (中转国家/地区) is the {@code VIA} part, and with both the country
 *       follows the port;</li>
 *   <li>a part whose field is empty is left out, keyword and all.</li>
 * </ul>
 * The mode is a code of the transport-mode table ({@code SEA} → {@code BY SEA}); a mode that is not a code there (a
 * China Customs code such as {@code 2} is looked up too) is free text and is written as given after {@code BY}
 * ({@code SEA AND RAIL} → {@code BY SEA AND RAIL}), never dropped. Text is kept as entered: upper case is a separate
 * step ({@link UpperCase}, 大写转换).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TransportDetails {
    private final ReferenceData ref;

    private TransportDetails(ReferenceData ref) {
        this.ref = InvalidInputException.requireArgument(ref, "TransportDetails.create", "ref");
    }

    /** With the transport modes and countries of {@code ref}. */
    public static TransportDetails create(ReferenceData ref) {
        return new TransportDetails(ref);
    }

    /** With the built-in reference data. */
    public static TransportDetails defaults() {
        return new TransportDetails(ReferenceData.defaults());
    }

    /**
     * The sentence for {@code transport}: {@code FROM SHANGHAI TO SINGAPORE VIA HONG KONG BY SEA, COSCO STAR V.123};
     * empty when none of its route fields is filled (or {@code transport} is null).
     */
    public String sentence(@Nullable Transport transport) {
        if (transport == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        word(out, "FROM", text(transport.portOfLoading()));
        String discharge = text(transport.portOfDischarge());
        word(out, "TO", discharge.isEmpty() ? text(transport.portOfDestination()) : discharge);
        word(out, "VIA", join(text(transport.transhipmentPort()), countryName(transport.transitCountry())));
        word(out, "", mode(transport.mode()));
        String vessel = text(transport.vesselVoyage());
        if (!vessel.isEmpty()) {
            out.append(out.length() == 0 ? "" : ", ").append(vessel);
        }
        return out.toString();
    }

    /** Appends {@code keyword value} after a space, nothing when {@code value} is empty. */
    private static void word(StringBuilder out, String keyword, String value) {
        if (value.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(keyword.isEmpty() ? value : keyword + " " + value);
    }

    /**
     * {@code certificate} with its transport details replaced by {@link #sentence} (the screen's 生成 button); the
     * certificate unchanged when it has no transport or the sentence would be empty.
     */
    public Certificate fill(Certificate certificate) {
        Transport t = InvalidInputException.requireArgument(certificate, "TransportDetails.fill", "certificate").transport();
        String sentence = sentence(t);
        if (sentence.isEmpty()) {
            return certificate;
        }
        return certificate.toBuilder().transport(withDetails(t, sentence)).build();
    }

    /** {@code t} with {@code details} as its transport details. */
    static Transport withDetails(Transport t, @Nullable String details) {
        return t.toBuilder().details(details).build();
    }

    private String mode(@Nullable String mode) {
        String m = text(mode);
        if (m.isEmpty()) {
            return "";
        }
        String name = ref.transportModes().find(m).or(() -> ref.transportModes().findByCustomsCode(m))
                .map(CodeEntry::nameEn).orElse(m);
        return name.startsWith("BY ") ? name : "BY " + name;
    }

    /** The transit country's English name; a code the table does not know is kept as given, not dropped. */
    private String countryName(@Nullable String code) {
        String c = text(code);
        return c.isEmpty() ? "" : ref.countries().byAlpha2(c).map(Country::nameEn).orElse(c);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + ", " + b;
    }

    /** Line breaks and runs of blanks become one space: the sentence is one line of the box. */
    private static String text(@Nullable String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
