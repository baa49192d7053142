package io.coo4j.client.message;

import static io.coo4j.client.message.Messages.READER;
import static io.coo4j.client.message.Messages.WRITER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.model.Amendment;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateCategory;
import io.coo4j.core.model.Contact;
import io.coo4j.core.model.Declarant;
import io.coo4j.core.model.Exhibition;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.GoodsProducer;
import io.coo4j.core.model.Invoice;
import io.coo4j.core.model.NonPartyCompany;
import io.coo4j.core.model.Packages;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.Producer;
import io.coo4j.core.model.Quantity;
import io.coo4j.core.model.Transport;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.CodeEntry;
import io.coo4j.core.reference.Country;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.testing.SkipWithoutSharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Issue 9 on generated certificates of every type and category: each is writable, its message is valid by the
 * customs' schema and reads back with every field the message carries; and a value one character too long is
 * refused with its path and element, writing nothing.
 */
class CustomsMessageProperties {
    private static final ReferenceData REF = ReferenceData.defaults();
    private static final String LATIN = " ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,-/&'()<>\"#:;";
    private static final String CHINESE = "深圳示例有限公司网络交换机出口商收货人唛头货物描述";

    private static Arbitrary<String> line(int max) {
        return Arbitraries.strings().withChars(LATIN + CHINESE).ofMinLength(1).ofMaxLength(max);
    }

    private static Arbitrary<String> text(int max) {
        return Arbitraries.strings().withChars(LATIN + CHINESE + "\n\r\t").ofMinLength(0).ofMaxLength(max).injectNull(0.3);
    }

    private static Arbitrary<String> digits(int length) {
        return Arbitraries.strings().numeric().ofLength(length);
    }

    private static Arbitrary<String> code(List<CodeEntry> table) {
        return Arbitraries.of(table.stream().map(CodeEntry::code).toList());
    }

    private static Arbitrary<String> country(int maxName) {
        return Arbitraries.of(REF.countries().all().stream().filter(c -> c.nameEn().length() <= maxName).map(Country::alpha2).toList());
    }

    private static Arbitrary<LocalDate> date() {
        return Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    private static Arbitrary<BigDecimal> decimal(int integerDigits) {
        return Combinators.combine(Arbitraries.longs().between(-99_999, (long) Math.pow(10, Math.min(integerDigits, 18)) - 1),
                Arbitraries.integers().between(0, 5)).as((v, scale) -> BigDecimal.valueOf(v, 0).movePointLeft(scale).setScale(scale));
    }

    private static Arbitrary<Party> party() {
        return Combinators.combine(line(150).injectNull(0.1), text(200), country(80), line(50).injectNull(0.5),
                line(50).injectNull(0.5), line(50).injectNull(0.5)).as(Party::new).injectNull(0.1);
    }

    private static Arbitrary<GoodsItem> goodsItem() {
        Arbitrary<GoodsProducer> producer = Combinators.combine(line(10).injectNull(0.3), line(400).injectNull(0.3),
                        text(1000), line(20).injectNull(0.3), line(50).injectNull(0.3), line(50).injectNull(0.3),
                        line(50).injectNull(0.3), Arbitraries.of(true, false))
                .as(GoodsProducer::new).injectNull(0.6);
        Arbitrary<Quantity> quantity = Combinators.combine(decimal(15).injectNull(0.2), code(REF.units().entries()).injectNull(0.2))
                .as(Quantity::new);
        return Builders.withBuilder(GoodsItem::builder)
                .use(Arbitraries.integers().between(0, 9999)).in(GoodsItem.Builder::seq)
                .use(Arbitraries.of(true, false)).in(GoodsItem.Builder::nonGoodsItem)
                .use(Arbitraries.of("851762", "94016100", "6109100010").injectNull(0.1)).in(GoodsItem.Builder::hsCode)
                .use(line(200).injectNull(0.2)).in(GoodsItem.Builder::nameCn)
                .use(line(400).injectNull(0.1)).in(GoodsItem.Builder::nameEn)
                .use(text(1000)).in(GoodsItem.Builder::description)
                .use(Combinators.combine(Arbitraries.longs().between(0, 9_999_999).injectNull(0.2),
                        code(REF.packageKinds().entries()).injectNull(0.2), Arbitraries.of(true, false))
                        .as(Packages::new).injectNull(0.2)).in(GoodsItem.Builder::packages)
                .use(quantity.injectNull(0.1)).in(GoodsItem.Builder::quantity)
                .use(quantity.list().ofMaxSize(2)).in(GoodsItem.Builder::additionalQuantities)
                .use(decimal(12).injectNull(0.3)).in(GoodsItem.Builder::grossWeight)
                .use(decimal(12).injectNull(0.3)).in(GoodsItem.Builder::netWeight)
                .use(Arbitraries.of("KG", "TNE").injectNull(0.5)).in(GoodsItem.Builder::weightUnit)
                .use(decimal(19).injectNull(0.2)).in(GoodsItem.Builder::unitPrice)
                .use(decimal(19).injectNull(0.2)).in(GoodsItem.Builder::invoiceValue)
                .use(decimal(12).injectNull(0.2)).in(GoodsItem.Builder::fobValue)
                .use(line(50).injectNull(0.5)).in(GoodsItem.Builder::invoiceNumber)
                .use(Arbitraries.of("WO", "PE", "PSR", "CTC", "RVC", "W", "P").injectNull(0.2)).in(GoodsItem.Builder::originCriterion)
                .use(Arbitraries.of("RVC", "CTC", "PROCESS").injectNull(0.6)).in(GoodsItem.Builder::originSubCriterion)
                .use(Arbitraries.of("85.17", "40%").injectNull(0.7)).in(GoodsItem.Builder::originAuxiliary)
                .use(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2).injectNull(0.6))
                .in(GoodsItem.Builder::importContentPercent)
                .use(country(80).injectNull(0.6)).in(GoodsItem.Builder::originCountry)
                .use(Arbitraries.integers().between(0, 2).injectNull(0.6)).in(GoodsItem.Builder::taxRateFlag)
                .use(producer).in(GoodsItem.Builder::producer)
                .build(GoodsItem.Builder::build);
    }

    @Provide
    Arbitrary<Certificate> certificates() {
        Arbitrary<List<Object>> when = Combinators.combine(date().injectNull(0.2), Arbitraries.of(true, false), line(50).injectNull(0.2),
                line(50).injectNull(0.2), line(50).injectNull(0.5)).as(java.util.Arrays::asList);
        Arbitrary<Transport> transport = Combinators.combine(when, country(150).injectNull(0.6), line(50).injectNull(0.6),
                        code(REF.transportModes().entries()).injectNull(0.1), line(100).injectNull(0.3), text(630))
                .as((w, transit, transhipment, mode, vessel, details) -> new Transport((LocalDate) w.get(0), (Boolean) w.get(1),
                        (String) w.get(2), (String) w.get(3), (String) w.get(4), transit, transhipment, mode, vessel, details))
                .injectNull(0.1);
        Arbitrary<CertificateCategory> category = Arbitraries.of(CertificateCategory.class);
        Arbitrary<Amendment> amendment = Combinators.combine(text(500), text(200), text(2000), text(2000), date().injectNull(0.3),
                date().injectNull(0.3)).as(Amendment::new);
        Arbitrary<Invoice> invoice = Combinators.combine(line(50), date(), code(REF.priceTerms().entries()),
                Arbitraries.of("USD", "CNY", "EUR"), decimal(14).injectNull(0.3), line(50).injectNull(0.5), line(50).injectNull(0.5),
                text(1000)).as(Invoice::new);
        return Builders.withBuilder(Certificate::builder)
                .use(Arbitraries.of(REF.certificateTypes().stream().map(CertificateType::code).toList())).in(Certificate.Builder::type)
                .use(digits(14).map(d -> "X" + d)).in(Certificate.Builder::number)
                .use(category).in(Certificate.Builder::category)
                .use(digits(9)).in(Certificate.Builder::filingNumber)
                .use(digits(17).map(d -> d + "X")).in(Certificate.Builder::creditCode)
                .use(line(400)).in(Certificate.Builder::enterpriseNameCn)
                .use(digits(18).injectNull(0.7)).in(Certificate.Builder::declaringEnterpriseCode)
                .use(Combinators.combine(line(30).injectNull(0.2), line(20).injectNull(0.2)).as(Contact::new).injectNull(0.2))
                .in(Certificate.Builder::contact)
                .use(line(50).injectNull(0.1)).in(Certificate.Builder::invoiceNumber)
                .use(date().injectNull(0.1)).in(Certificate.Builder::invoiceDate)
                .use(date().injectNull(0.1)).in(Certificate.Builder::applicationDate)
                .use(line(30).injectNull(0.2)).in(Certificate.Builder::applicationPlace)
                .use(digits(4).injectNull(0.1)).in(Certificate.Builder::issuingAuthority)
                .use(digits(4).injectNull(0.1)).in(Certificate.Builder::collectingAuthority)
                .use(Combinators.combine(line(20), digits(18), line(30)).as(Declarant::new).injectNull(0.2)).in(Certificate.Builder::declarant)
                .use(party()).in(Certificate.Builder::exporter)
                .use(party()).in(Certificate.Builder::consignee)
                .use(Combinators.combine(line(300).injectNull(0.3), text(600), Arbitraries.of(true, false)).as(Producer::new)
                        .injectNull(0.3)).in(Certificate.Builder::producer)
                .use(country(80).injectNull(0.1)).in(Certificate.Builder::destinationCountry)
                .use(country(30).injectNull(0.7)).in(Certificate.Builder::originCountry)
                .use(transport).in(Certificate.Builder::transport)
                .use(Arbitraries.of(REF.tradeModes().entries().stream().filter(e -> e.messageCode() != null).map(CodeEntry::code).toList())
                        .injectNull(0.2)).in(Certificate.Builder::tradeMode)
                .use(code(REF.priceTerms().entries()).injectNull(0.2)).in(Certificate.Builder::priceTerm)
                .use(Arbitraries.of("USD", "CNY", "EUR", "JPY").injectNull(0.2)).in(Certificate.Builder::currency)
                .use(decimal(19).injectNull(0.2)).in(Certificate.Builder::totalAmount)
                .use(line(200).injectNull(0.6)).in(Certificate.Builder::contractNumber)
                .use(line(50).injectNull(0.6)).in(Certificate.Builder::letterOfCreditNumber)
                .use(text(1000)).in(Certificate.Builder::invoiceTerms)
                .use(date().injectNull(0.6)).in(Certificate.Builder::exportDeclarationDate)
                .use(digits(18).list().ofMaxSize(3)).in(Certificate.Builder::customsDeclarationNumbers)
                .use(date().injectNull(0.6)).in(Certificate.Builder::validUntil)
                .use(line(30).injectNull(0.7)).in(Certificate.Builder::processingOperations)
                .use(text(2000)).in(Certificate.Builder::marks)
                .use(text(300)).in(Certificate.Builder::remarks)
                .use(text(1000)).in(Certificate.Builder::applicationNote)
                .use(text(2000)).in(Certificate.Builder::specialClauses)
                .use(Combinators.combine(line(100), line(100)).as(Exhibition::new).injectNull(0.8)).in(Certificate.Builder::exhibition)
                .use(Combinators.combine(line(500), line(1000), country(100)).as(NonPartyCompany::new).list().ofMaxSize(3))
                .in(Certificate.Builder::nonPartyCompanies)
                .use(invoice.list().ofMaxSize(3)).in(Certificate.Builder::invoices)
                .use(goodsItem().list().ofMaxSize(6)).in(Certificate.Builder::goods)
                .build(b -> {
                    Certificate c = b.build();
                    return c.category().replacesAnother() ? c : c.toBuilder().originalNumber(null).amendment(null).build();
                })
                .flatMap(c -> c.category().replacesAnother()
                        ? Combinators.combine(digits(14), amendment).as((n, a) -> c.toBuilder().originalNumber("O" + n).amendment(a).build())
                        : Arbitraries.just(c));
    }

    @Property(tries = 150)
    @AddLifecycleHook(SkipWithoutSharedData.class)
    void everyGeneratedCertificateIsValidByTheCustomsSchemaAndReadsBack(@ForAll("certificates") Certificate c,
                                                                         @ForAll ApplyType applyType) {
        assertThat(WRITER.check(c, applyType)).isEmpty();
        byte[] xml = WRITER.write(c, applyType);
        Messages.schema().validate(xml, "generated");
        CustomsMessage back = READER.read(new ByteArrayInputStream(xml), "generated");
        assertThat(back.applyType()).isEqualTo(applyType);
        assertThat(back.certificate()).isEqualTo(Messages.readBack(c));
    }

    @Property(tries = 100)
    void oneCharacterTooManyIsRefusedWithItsPathAndElement(@ForAll("certificates") Certificate c,
                                                          @ForAll("tooLong") TooLong field) {
        Certificate bad = field.apply(c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> WRITER.write(bad, ApplyType.DECLARE, out)).isInstanceOfSatisfying(MessageValidationException.class,
                e -> assertThat(e.problems()).containsExactly(new MessageProblem(field.jsonPath(), field.element(),
                        (field.max() + 1) + " characters, at most " + field.max())));
        assertThat(out.size()).isZero();
    }

    /** A field set one character past its element's length. */
    record TooLong(String jsonPath, String element, int max, java.util.function.BiFunction<Certificate, String, Certificate> set) {
        Certificate apply(Certificate c) {
            return set.apply(c, "W".repeat(max + 1));
        }
    }

    @Provide
    Arbitrary<TooLong> tooLong() {
        return Arbitraries.of(
                new TooLong("number", "Certificate/CertificateHead/CertNo", 20, (c, v) -> c.toBuilder().number(v).invoices(List.of()).build()),
                new TooLong("enterpriseNameCn", "Certificate/CertificateHead/EtpsName", 400, (c, v) -> c.toBuilder().enterpriseNameCn(v).build()),
                new TooLong("invoiceNumber", "Certificate/CertificateHead/InvNo", 50, (c, v) -> c.toBuilder().invoiceNumber(v).build()),
                new TooLong("marks", "Certificate/CertificateHead/Mark", 2000, (c, v) -> c.toBuilder().marks(v).build()),
                new TooLong("processingOperations", "Certificate/CertificateHead/PrcsAssembly", 30,
                        (c, v) -> c.toBuilder().processingOperations(v).build()),
                new TooLong("goods[0].hsCode", "Certificate/CertificateList/Goods[1]/HSCode", 10,
                        (c, v) -> c.toBuilder().goods(List.of(GoodsItem.builder().seq(1).hsCode(v).build())).build()));
    }
}
