package io.coo4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Declarant;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Party;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Jakarta constraints on the model, run by Hibernate Validator as a user's application would, give the
 * same codes as {@link FieldValidator} and the texts of the same bundles, in English and Chinese.
 */
class JakartaConstraintsTest {
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static Certificate broken() {
        Certificate c = FieldValidatorTest.valid();
        return c.toBuilder().filingNumber("12345").creditCode("91440300456500999H")
                .declarant(new Declarant("张三", "440301199001011235", null))
                .consignee(Party.of("BUYER", "STREET", "XX"))
                .goods(List.of(c.goods().get(0).toBuilder().hsCode("85176").build(), GoodsItem.builder().seq(2).hsCode("851762").build()))
                .build();
    }

    private static Set<String> codes(Set<ConstraintViolation<Certificate>> vs) {
        return vs.stream().map(v -> v.getMessageTemplate().replaceAll("[{}]", "").replace(Messages.KEY_PREFIX, "")
                + "@" + v.getPropertyPath().toString().replace(".<list element>", "")).collect(Collectors.toSet());
    }

    @Test
    void aValidCertificateHasNoConstraintViolations() {
        assertThat(validator.validate(FieldValidatorTest.valid())).isEmpty();
    }

    @Test
    void hibernateValidatorAndFieldValidatorAgreeOnCodesAndPaths() {
        Set<String> jakarta = codes(validator.validate(broken()));
        Set<String> ours = FieldValidator.defaults().validate(broken()).violations().stream()
                .map(v -> v.code() + "@" + v.path()).collect(Collectors.toSet());
        assertThat(jakarta).containsExactlyInAnyOrder("FILING_NUMBER_FORMAT@filingNumber", "CREDIT_CODE_CHECK@creditCode",
                "RESIDENT_ID_CHECK@declarant.idNumber", "COUNTRY_UNKNOWN@consignee.country", "HS_CODE_FORMAT@goods[0].hsCode");
        assertThat(ours).containsAll(jakarta);
    }

    @Test
    void messagesComeFromTheBundlesInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            try (ValidatorFactory f = Validation.byProvider(HibernateValidator.class).configure()
                    .defaultLocale(locale).locales(locale).buildValidatorFactory()) {
                Set<String> messages = f.getValidator().validate(broken()).stream().map(ConstraintViolation::getMessage)
                        .collect(Collectors.toSet());
                Messages.Language lang = locale == Locale.ENGLISH ? Messages.Language.EN : Messages.Language.ZH;
                assertThat(messages).contains(Messages.template("FILING_NUMBER_FORMAT", lang), Messages.template("HS_CODE_FORMAT", lang));
            }
        }
    }
}
