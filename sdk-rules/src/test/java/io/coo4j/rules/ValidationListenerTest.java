package io.coo4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.validation.ValidationReport;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The validator tells its listener of each validation, and a failing listener changes nothing. */
class ValidationListenerTest {

    @Test
    void theListenerHearsTypePurposeOutcomeErrorsAndTime() {
        List<String> heard = new CopyOnWriteArrayList<>();
        CertificateValidator validator = CertificateValidator.builder()
                .listener((type, purpose, valid, errors, duration) -> {
                    assertThat(duration).isPositive();
                    heard.add(type + " " + purpose + " " + valid + " " + errors);
                }).build();
        Certificate e = CertificateValidatorTest.sample("E");
        Certificate broken = e.toBuilder().destinationCountry(null).exporter(null).build();
        ValidationReport bad = validator.validate(broken);
        long errors = bad.violations().stream().filter(v -> v.isError()).count();
        assertThat(errors).isGreaterThanOrEqualTo(2);

        assertThat(validator.validate(e, ValidationPurpose.SAVE).valid()).isTrue();
        assertThat(heard).containsExactly("E DECLARE false " + errors, "E SAVE true 0");
    }

    @Test
    void aThrowingListenerIsIgnoredAndTheReportIsTheSame() {
        CertificateValidator throwing = CertificateValidator.builder().listener((type, purpose, valid, errors, duration) -> {
            throw new IllegalStateException("metrics down");
        }).build();
        Certificate broken = CertificateValidatorTest.sample("E").toBuilder().exporter(null).build();
        assertThat(throwing.validate(broken)).isEqualTo(CertificateValidator.defaults().validate(broken));
        assertThat(throwing.validate(broken).valid()).isFalse();
    }
}
