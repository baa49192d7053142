package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.BillOfMaterials;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.ProductPreReview;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.validation.Violation;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.origin.OriginAnswer;
import io.coo4j.rules.origin.OriginEngine;
import io.coo4j.rules.origin.OriginResult;
import io.coo4j.rules.prereview.PreReviewChecker;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** What CooArbitraries promises, checked by sdk-rules itself. */
class CooArbitrariesProperties {
    private static final CertificateValidator VALIDATOR = CertificateValidator.defaults();
    private static final PreReviewChecker CHECKER = PreReviewChecker.defaults();
    private static final OriginEngine ENGINE = OriginEngine.defaults();

    @Provide
    Arbitrary<Certificate> valid() {
        return CooArbitraries.validCertificates();
    }

    @Provide
    Arbitrary<CooArbitraries.CertificateFault> faults() {
        return CooArbitraries.singleFaultCertificates();
    }

    @Provide
    Arbitrary<ProductPreReview> preReviews() {
        return CooArbitraries.validPreReviews();
    }

    @Provide
    Arbitrary<CooArbitraries.PreReviewFault> preReviewFaults() {
        return CooArbitraries.preReviewFaults();
    }

    @Provide
    Arbitrary<BillOfMaterials> bills() {
        return CooArbitraries.billsOfMaterials();
    }

    @Test
    void everyCertificateTypeHasValidCertificates() {
        Set<String> types = new HashSet<>();
        for (CertificateType t : ReferenceData.defaults().certificateTypes()) {
            Certificate c = CooArbitraries.validCertificates(t.code()).sample();
            assertThat(VALIDATOR.validate(c).violations()).as(t.code()).isEmpty();
            types.add(c.type());
        }
        assertThat(types).hasSize(ReferenceData.defaults().certificateTypes().size());
    }

    @Property(tries = 150)
    void validCertificatesPassEveryRule(@ForAll("valid") Certificate c) {
        assertThat(VALIDATOR.validate(c).violations()).as(c.type()).isEmpty();
    }

    @Property(tries = 150)
    void aSingleFaultIsReportedAsExactlyItsRule(@ForAll("faults") CooArbitraries.CertificateFault f) {
        assertThat(VALIDATOR.validate(f.certificate()).violations()).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(f.code(), f.path()));
    }

    @Property(tries = 200)
    void validPreReviewsMeetTheSixConstraints(@ForAll("preReviews") ProductPreReview p) {
        assertThat(CHECKER.check(p).report().violations()).isEmpty();
    }

    @Property(tries = 200)
    void aBrokenConstraintIsReported(@ForAll("preReviewFaults") CooArbitraries.PreReviewFault f) {
        assertThat(CHECKER.check(f.preReview()).report().violations()).extracting(Violation::code)
                .containsExactlyInAnyOrderElementsOf(f.expectedCodes());
    }

    @Property(tries = 100)
    void billsAreJudgedAndWhollyObtainedOrAllOriginatingQualifies(@ForAll("bills") BillOfMaterials bom) {
        OriginAnswer answer = ENGINE.determine(bom);
        assertThat(answer.results()).singleElement().extracting(OriginResult::agreement).isEqualTo(bom.agreement());
        boolean allOriginating = !bom.materials().isEmpty() && bom.materials().stream().allMatch(BillOfMaterials.Material::originating);
        if (bom.product().whollyObtained() || allOriginating) {
            assertThat(answer.results().get(0).qualifies()).isTrue();
        }
    }
}
