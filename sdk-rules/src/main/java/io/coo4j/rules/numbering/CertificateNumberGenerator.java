package io.coo4j.rules.numbering;

import io.coo4j.core.ChinaTime;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.CertificateLifecycle;
import io.coo4j.core.lifecycle.CertificateOperation;
import io.coo4j.core.lifecycle.IllegalTransitionException;
import io.coo4j.core.model.Amendment;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateCategory;
import io.coo4j.core.model.CertificateRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Issues certificate numbers (证书编号) from a {@link SerialStore}, and derives the new certificates that get a new
 * number from an existing one (001 ch.4–5; docs/domain.md):
 * <ul>
 *   <li>{@link #amendment} (更改证), {@link #reissue} (重发证) and {@link #amendmentAndReissue} (更改重发证): only from an
 *       approved certificate, the category set and the original number linked ("生成新的证书号，并关联原证书号");</li>
 *   <li>{@link #copy} (复制): from any saved certificate, a new original with no link;</li>
 *   <li>{@link #convert} (单证转换): from any saved certificate, a certificate of another type linked to the
 *       original.</li>
 * </ul>
 * A derivation returns a {@link Certificate.Builder}: the original's content with the new number, for the caller to
 * edit and save as a draft. The original's record and state are not touched. The year of a derived number is the
 * current year of the {@link Clock}, by default Beijing time ({@link ChinaTime}), so that the year turns at midnight in
 * China as the Single Window's does; the enterprise id is the one in the original's number. The lifecycle is checked
 * before a serial is taken, so a refused derivation uses up no number.
 *
 * <p>Thread-safe when its store is (every shipped store is).
 *
 * @since 0.1
 */
public final class CertificateNumberGenerator {
    private final SerialStore store;
    private final Clock clock;

    /** A generator whose derivations take the year from the system clock in Beijing time. */
    public static CertificateNumberGenerator create(SerialStore store) {
        return create(store, Clock.system(ChinaTime.ZONE));
    }

    /** A generator whose derivations take the year from {@code clock} (tests, or a host's own clock). */
    public static CertificateNumberGenerator create(SerialStore store, Clock clock) {
        return new CertificateNumberGenerator(
                InvalidInputException.requireArgument(store, "CertificateNumberGenerator.create", "store"),
                InvalidInputException.requireArgument(clock, "CertificateNumberGenerator.create", "clock"));
    }

    private CertificateNumberGenerator(SerialStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The next number for {@code type} in {@code year} (two digits, or a four-digit year) of {@code enterpriseId}
     * (a filing number, or {@link CertificateNumber#enterpriseIdFromCreditCode}).
     *
     * @throws InvalidInputException      when a part is malformed (checked before a serial is taken)
     * @throws SerialExhaustedException   when the key's 9999 serials are used
     */
    public CertificateNumber next(String type, int year, String enterpriseId) {
        SerialKey key = SerialKey.of(type, year, enterpriseId);
        return new CertificateNumber(key.type(), key.year(), key.enterpriseId(), store.next(key));
    }

    /** The next number for {@code type} in the clock's current year. */
    public CertificateNumber next(String type, String enterpriseId) {
        return next(type, currentYear(), enterpriseId);
    }

    /** 更改证: a new number, category {@link CertificateCategory#AMENDMENT}, linked to the original. */
    public Certificate.Builder amendment(CertificateRecord original) {
        return replacement(original, CertificateOperation.AMEND, CertificateCategory.AMENDMENT);
    }

    /** 重发证: a new number, category {@link CertificateCategory#REISSUE}, linked to the original. */
    public Certificate.Builder reissue(CertificateRecord original) {
        return replacement(original, CertificateOperation.REISSUE, CertificateCategory.REISSUE);
    }

    /** 更改重发证: a new number, category {@link CertificateCategory#AMENDMENT_REISSUE}, linked to the original. */
    public Certificate.Builder amendmentAndReissue(CertificateRecord original) {
        return replacement(original, CertificateOperation.AMEND_REISSUE, CertificateCategory.AMENDMENT_REISSUE);
    }

    /**
     * 复制: a new original certificate of the same type and content, with a new number and no link to the source
     * (001 ch.5: "复制与该证书基本内容一致的新证书，并生成新证书编号").
     *
     * @throws IllegalTransitionException when the source cannot be copied (it was deleted)
     */
    public Certificate.Builder copy(CertificateRecord original) {
        Certificate c = check(original, CertificateOperation.COPY);
        return c.toBuilder().number(nextFor(c.type(), c).format()).category(CertificateCategory.ORIGINAL)
                .originalNumber(null).amendment(null);
    }

    /**
     * 单证转换: the content as a new original certificate of {@code newType}, with a new number of that type linked
     * to the source through {@code originalNumber} (001 ch.5: "将当前证书转换成另外一种证书，并生成新证书编号").
     * Fields the new type does not use are left for its validator to report.
     *
     * @throws IllegalTransitionException when the source cannot be converted (it was deleted)
     * @throws InvalidInputException      when {@code newType} is malformed or is the source's own type
     */
    public Certificate.Builder convert(CertificateRecord original, String newType) {
        Certificate c = check(original, CertificateOperation.CONVERT);
        if (Objects.equals(newType, c.type())) {
            throw new InvalidInputException("certificate " + c.number(), "type",
                    "conversion needs another type than " + newType);
        }
        return c.toBuilder().type(newType).number(nextFor(newType, c).format())
                .category(CertificateCategory.ORIGINAL).originalNumber(c.number()).amendment(null);
    }

    /**
     * A replacement (amend, reissue, both): the original's application date and issue date are filled into the
     * {@link Amendment}, which the customs message requires; the reason and the changed boxes are the caller's.
     */
    private Certificate.Builder replacement(CertificateRecord original, CertificateOperation op,
                                            CertificateCategory category) {
        Certificate c = check(original, op);
        LocalDate issued = original.issuedAt() == null ? null
                : LocalDate.ofInstant(original.issuedAt(), clock.getZone());
        return c.toBuilder().number(nextFor(c.type(), c).format()).category(category).originalNumber(c.number())
                .amendment(Amendment.builder().originalApplicationDate(c.applicationDate()).originalIssueDate(issued).build());
    }

    /** The certificate, once the lifecycle allows {@code op} in the record's state and it has a type and number. */
    private static Certificate check(CertificateRecord original, CertificateOperation op) {
        InvalidInputException.requireArgument(original, "CertificateNumberGenerator", "original");
        Certificate c = InvalidInputException.requireArgument(original.certificate(), "CertificateNumberGenerator",
                "original.certificate");
        if (!CertificateLifecycle.TABLE.allowed(original.state(), op)) {
            throw new IllegalTransitionException(CertificateLifecycle.TABLE.name(), original.state(), op,
                    "certificate " + c.number() + "; allowed: "
                            + CertificateLifecycle.TABLE.allowedOperations(original.state()));
        }
        if (c.number() == null || c.number().isEmpty()) {
            throw new InvalidInputException("certificate", "number", "missing: a saved certificate has a number");
        }
        if (c.type() == null) {
            throw new InvalidInputException("certificate " + c.number(), "type", "missing");
        }
        return c;
    }

    private CertificateNumber nextFor(String type, Certificate original) {
        return next(type, currentYear(), enterpriseIdOf(original));
    }

    /**
     * The enterprise id in the original's number. A number the user edited off the rule (001: "证书号生成后，仍可修改")
     * has none; the filing number, then characters 9–17 of the credit code, stand in for it, as the Single Window
     * builds the id from them in the first place.
     */
    private static String enterpriseIdOf(Certificate c) {
        Optional<String> problem = CertificateNumber.validate(c.number());
        if (problem.isEmpty()) {
            return CertificateNumber.parse(c.number()).enterpriseId();
        }
        if (c.filingNumber() != null) {
            return CertificateNumber.enterpriseIdFromFilingNumber(c.filingNumber());
        }
        if (c.creditCode() != null) {
            return CertificateNumber.enterpriseIdFromCreditCode(c.creditCode());
        }
        throw new InvalidInputException("certificate number \"" + c.number() + "\"", "",
                problem.get() + "; and the certificate has no filing number or credit code to take the enterprise id"
                        + " from");
    }

    private int currentYear() {
        return LocalDate.now(clock).getYear();
    }
}
