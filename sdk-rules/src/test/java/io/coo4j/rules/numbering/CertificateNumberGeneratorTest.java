package io.coo4j.rules.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.lifecycle.IllegalTransitionException;
import io.coo4j.core.model.Amendment;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateCategory;
import io.coo4j.core.model.CertificateRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateNumberGeneratorTest {
    private static final String ENTERPRISE = "456500999";
    private static final Clock IN_2025 = Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC);

    private final SerialStore store = new InMemorySerialStore();
    private final CertificateNumberGenerator generator = CertificateNumberGenerator.create(store, IN_2025);

    /** Seed 003's example: type E, year 19, filing number 456500999, serial 0001. */
    @Test
    void issuesTheSeedExampleAsTheFirstNumberOfItsKey() {
        assertThat(generator.next("E", 2019, ENTERPRISE).format()).isEqualTo("E194565009990001");
        assertThat(generator.next("E", 19, ENTERPRISE).format()).isEqualTo("E194565009990002");
        assertThat(generator.next("RC", 2019, ENTERPRISE).format()).isEqualTo("RC194565009990001");
    }

    @Test
    void takesTheYearFromTheClockWhenNoneIsGiven() {
        String id = CertificateNumber.enterpriseIdFromCreditCode("91440300456500999G");
        assertThat(generator.next("C", id).format()).isEqualTo("C254565009990001");
    }

    @Test
    void checksThePartsBeforeTakingASerial() {
        assertThatThrownBy(() -> generator.next("e", 2025, ENTERPRISE)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> generator.next("E", 2025, "4565")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> generator.next("E", 202, ENTERPRISE)).isInstanceOf(InvalidInputException.class);
        assertThat(generator.next("E", 2025, ENTERPRISE).serial()).isEqualTo(1);
    }

    /**
     * 001 ch.5: "只有审核通过的原产地证书才可以进行更改证 … 更改证生成新的证书号，并关联原证书号". The original's application
     * and issue dates go into the amendment block, which the customs message requires (FORMATS.md).
     */
    @Test
    void amendsAnApprovedCertificateWithANewLinkedNumber() {
        CertificateRecord original = issued(CertificateState.APPROVED);
        Certificate amended = generator.amendment(original).build();
        assertThat(amended.number()).isEqualTo("E254565009990002");
        assertThat(amended.category()).isEqualTo(CertificateCategory.AMENDMENT);
        assertThat(amended.originalNumber()).isEqualTo("E254565009990001");
        assertThat(amended.amendment()).isEqualTo(new Amendment(null, null, null, null,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2)));
        assertThat(amended.invoiceNumber()).as("the content is kept").isEqualTo("INV-1");
        assertThat(amended.type()).isEqualTo("E");
    }

    @Test
    void reissuesAndAmendsAndReissuesWithTheirCategories() {
        CertificateRecord original = issued(CertificateState.APPROVED);
        Certificate reissue = generator.reissue(original).build();
        Certificate both = generator.amendmentAndReissue(original).build();
        assertThat(List.of(reissue.category(), both.category()))
                .containsExactly(CertificateCategory.REISSUE, CertificateCategory.AMENDMENT_REISSUE);
        assertThat(List.of(reissue.number(), both.number())).containsExactly("E254565009990002", "E254565009990003");
        assertThat(both.originalNumber()).isEqualTo("E254565009990001");
    }

    /** An archived certificate is an approved one the user hid (CertificateLifecycle), so it may be amended. */
    @Test
    void amendsAnArchivedCertificate() {
        assertThat(generator.amendment(issued(CertificateState.ARCHIVED)).build().category())
                .isEqualTo(CertificateCategory.AMENDMENT);
    }

    /** 001 ch.5: "原产地证书为暂存或申报状态无法进行更改证操作"; a refused derivation uses up no serial. */
    @ParameterizedTest
    @EnumSource(value = CertificateState.class, names = {"DRAFT", "SENT", "RECEIVED", "RETURNED", "VOIDED", "DELETED"})
    void refusesToAmendOrReissueACertificateThatIsNotApproved(CertificateState state) {
        CertificateRecord original = issued(state);
        SerialKey key = new SerialKey(ENTERPRISE, "E", 25);
        List<Function<CertificateRecord, Certificate.Builder>> derivations =
                List.of(generator::amendment, generator::reissue, generator::amendmentAndReissue);
        for (Function<CertificateRecord, Certificate.Builder> derive : derivations) {
            assertThatThrownBy(() -> derive.apply(original))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(state.name()).hasMessageContaining("E254565009990001");
        }
        assertThat(store.last(key)).isEqualTo(1);
    }

    /** 001 ch.5 复制: any saved certificate, a new number, nothing linked; the copy is a new original. */
    @ParameterizedTest
    @EnumSource(value = CertificateState.class, mode = EnumSource.Mode.EXCLUDE, names = "DELETED")
    void copiesAnySavedCertificateWithoutALink(CertificateState state) {
        CertificateRecord amendment = record(generator.amendment(issued(CertificateState.APPROVED)).build(), state);
        Certificate copy = generator.copy(amendment).build();
        assertThat(copy.number()).isEqualTo("E254565009990003");
        assertThat(copy.category()).isEqualTo(CertificateCategory.ORIGINAL);
        assertThat(copy.originalNumber()).isNull();
        assertThat(copy.amendment()).isNull();
    }

    @Test
    void refusesToCopyOrConvertADeletedCertificate() {
        CertificateRecord deleted = issued(CertificateState.DELETED);
        assertThatThrownBy(() -> generator.copy(deleted)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> generator.convert(deleted, "C")).isInstanceOf(IllegalTransitionException.class);
    }

    /** 001 ch.5 单证转换: another type, a new number of that type, linked to the source (DOMAIN §3). */
    @Test
    void convertsToAnotherTypeWithANewNumberLinkedToTheOriginal() {
        Certificate converted = generator.convert(issued(CertificateState.DRAFT), "RC").build();
        assertThat(converted.type()).isEqualTo("RC");
        assertThat(converted.number()).isEqualTo("RC254565009990001");
        assertThat(converted.originalNumber()).isEqualTo("E254565009990001");
        assertThat(converted.category()).isEqualTo(CertificateCategory.ORIGINAL);
        assertThatThrownBy(() -> generator.convert(issued(CertificateState.DRAFT), "E"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("another type");
        assertThatThrownBy(() -> generator.convert(issued(CertificateState.DRAFT), "rc"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("type code");
    }

    /** The year is the clock's, not the original's: a 2019 certificate amended in 2025 gets a 25 number. */
    @Test
    void derivedNumbersTakeTheYearFromTheClockAndTheEnterpriseFromTheOriginalNumber() {
        Certificate old = certificate("E", "E194565009990001").toBuilder().filingNumber("123456789").build();
        Certificate amended = generator.amendment(record(old, CertificateState.APPROVED)).build();
        assertThat(amended.number()).isEqualTo("E254565009990001");
    }

    /**
     * Seed 003's screenshot shows a number edited off the rule (G19000000011004, 15 characters) with filing number
     * 000000001: the enterprise id comes from the filing number instead.
     */
    @Test
    void fallsBackToTheFilingNumberWhenTheOriginalNumberWasEditedOffTheRule() {
        Certificate edited = certificate("G", "G19000000011004").toBuilder().filingNumber("000000001").build();
        assertThat(generator.copy(record(edited, CertificateState.APPROVED)).build().number())
                .isEqualTo("G250000000010001");
        Certificate bare = certificate("G", "G19000000011004");
        assertThatThrownBy(() -> generator.copy(record(bare, CertificateState.APPROVED)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("15 characters")
                .hasMessageContaining("no filing number or credit code");
    }

    @Test
    void takesTheIssueDateInTheClocksZone() {
        CertificateNumberGenerator beijing = CertificateNumberGenerator.create(store,
                Clock.fixed(Instant.parse("2025-12-31T17:00:00Z"), ZoneId.of("Asia/Shanghai")));
        Certificate amended = beijing.amendment(issued(CertificateState.APPROVED)).build();
        assertThat(amended.number()).as("already 2026 in Beijing").startsWith("E26");
        assertThat(amended.amendment().originalIssueDate()).as("16:30 UTC is 00:30 the next day in Beijing")
                .isEqualTo(LocalDate.of(2025, 3, 3));
    }

    /** A certificate numbered by this generator (E25…0001), applied for on 1 March, issued at 16:30 UTC on 2 March. */
    private CertificateRecord issued(CertificateState state) {
        CertificateNumber number = generator.next("E", ENTERPRISE);
        return record(certificate("E", number.format()), state);
    }

    private static Certificate certificate(String type, String number) {
        return Certificate.builder().type(type).number(number).invoiceNumber("INV-1")
                .applicationDate(LocalDate.of(2025, 3, 1)).build();
    }

    private static CertificateRecord record(Certificate c, CertificateState state) {
        return new CertificateRecord(c, state, Instant.parse("2025-03-01T02:00:00Z"),
                Instant.parse("2025-03-02T16:30:00Z"), List.of(), List.of());
    }
}
