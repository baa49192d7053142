package io.coo4j.client.message;

import static io.coo4j.client.message.Messages.READER;
import static io.coo4j.client.message.Messages.WRITER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Amendment;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateCategory;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.NonPartyCompany;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.Quantity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CustomsMessageWriterTest {
    static java.util.stream.Stream<Path> samples() throws java.io.IOException {
        return Messages.samples();
    }

    private static String xml(Certificate c) {
        return new String(WRITER.write(c, ApplyType.DECLARE), StandardCharsets.UTF_8);
    }

    private static Certificate roundTrip(Certificate c, ApplyType type) {
        byte[] xml = WRITER.write(c, type);
        Messages.schema().validate(xml, "message");
        CustomsMessage back = READER.read(new ByteArrayInputStream(xml), "message");
        assertThat(back.applyType()).isEqualTo(type);
        return back.certificate();
    }

    /** Issue 9: the message of every sample validates against the customs' schema and reads back. */
    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsValidByTheCustomsSchemaAndReadsBack(Path file) {
        Certificate c = CooJson.strict().readCertificate(file);
        assertThat(WRITER.check(c, ApplyType.DECLARE)).as(file.getFileName().toString()).isEmpty();
        assertThat(roundTrip(c, ApplyType.DECLARE)).isEqualTo(Messages.readBack(c));
    }

    @Test
    void writesTheHeadInTheSchemasNamespaceAndOrder() {
        String xml = xml(Messages.sample("E"));
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<Certificate xmlns=\"http://www.w3.org/2000/09/xmldsig#\">")
                .contains("<CertNo>E254565009990001</CertNo>", "<ApplyType>1</ApplyType>", "<CertStatus>0</CertStatus>",
                        "<DestCountryCode>702</DestCountryCode>", "<DestCountryName>新加坡</DestCountryName>",
                        "<TransMeans>BY SEA</TransMeans>", "<TradeModeCode>1</TradeModeCode>", "<FOBValue>1000.00</FOBValue>",
                        "<OrgCode>5300</OrgCode>", "<FetchPlace>5300</FetchPlace>", "<AplAdd>SHENZHEN</AplAdd>",
                        "<GoodsUnitE>PCS</GoodsUnitE>", "<GoodsUnit>个</GoodsUnit>", "<PackType>1</PackType>",
                        "<AplPromiseCode>1</AplPromiseCode>")
                .doesNotContain("ModCertificate", "NonpartyCorpList", "OriInvs");
        assertThat(xml.indexOf("<CertType>")).isLessThan(xml.indexOf("<EntMgrNo>"));
        assertThat(xml.indexOf("</CertificateHead>")).isLessThan(xml.indexOf("<CertificateList>"));
    }

    @ParameterizedTest
    @EnumSource(CertificateCategory.class)
    void amendmentsAndReissuesCarryTheOldNumberAndReason(CertificateCategory category) {
        Certificate c = Messages.sample("E").toBuilder().category(category).number("E254565009990002")
                .originalNumber(category.replacesAnother() ? "E254565009990001" : null)
                .amendment(category.replacesAnother() ? new Amendment("WRONG CONSIGNEE ADDRESS", "2", "1 EXAMPLE STREET",
                        "2 EXAMPLE STREET", LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 3)) : null)
                .build();
        String xml = xml(c);
        assertThat(xml).contains("<CertStatus>" + category.messageCode() + "</CertStatus>");
        if (category.replacesAnother()) {
            assertThat(xml).contains("<OldCertNo>E254565009990001</OldCertNo>", "<ModReason>WRONG CONSIGNEE ADDRESS</ModReason>",
                    "<OldDeclDate>2025-10-02</OldDeclDate>", "<OldIssueDate>2025-10-03</OldIssueDate>");
        } else {
            assertThat(xml).doesNotContain("ModCertificate");
        }
        assertThat(roundTrip(c, ApplyType.SAVE)).isEqualTo(Messages.readBack(c));
    }

    @Test
    void nonPartyCompaniesSetTheThirdPartyFlag() {
        Certificate c = Messages.sample("E").toBuilder().nonPartyCompanies(List.of(
                new NonPartyCompany("HK TRADING LTD.", "1 QUEEN'S ROAD, HONG KONG", "HK"),
                new NonPartyCompany("US TRADING INC.", "1 MAIN STREET, NEW YORK", "US"))).build();
        String xml = xml(c);
        assertThat(xml).contains("<ThirdPartyInvFlag>1</ThirdPartyInvFlag>", "<SortNo>2</SortNo>", "<EntCountryCode>840</EntCountryCode>",
                "<EntCountryName>UNITED STATES OF AMERICA</EntCountryName>");
        assertThat(roundTrip(c, ApplyType.DECLARE).nonPartyCompanies()).isEqualTo(c.nonPartyCompanies());
    }

    @Test
    void rcepInvoicesRepeatTheCertificateNumber() {
        String xml = xml(Messages.sample("RC"));
        assertThat(xml).contains("<OriInvs>", "<CertNo>RC254565009990001</CertNo>\n      <InvNo>INV-2025-001</InvNo>",
                "<PriceClause>FOB</PriceClause>", "<GoodsTaxRate>0</GoodsTaxRate>");
    }

    @Test
    void aValueTooLongIsAnErrorNamingTheFieldAndTheElementAndNothingIsWritten() {
        Certificate c = Messages.sample("E");
        Certificate tooLong = c.toBuilder().goods(List.of(c.goods().get(0).toBuilder().nameEn("X".repeat(401)).build())).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> WRITER.write(tooLong, ApplyType.DECLARE, out))
                .isInstanceOf(MessageValidationException.class)
                .hasMessage("certificate E254565009990001: goods[0].nameEn: Certificate/CertificateList/Goods[1]/GoodsNameE: "
                        + "401 characters, at most 400");
        assertThat(out.size()).isZero();
        // lengths are characters, as the schema counts them: 400 Chinese characters fit
        assertThat(WRITER.check(c.toBuilder().enterpriseNameCn("深".repeat(400)).build(), ApplyType.DECLARE)).isEmpty();
    }

    @Test
    void amountsAreNeverRounded() {
        Certificate c = Messages.sample("E");
        GoodsItem line = c.goods().get(0);
        List<MessageProblem> problems = WRITER.check(c.toBuilder().totalAmount(new BigDecimal("12345678901234567890"))
                .goods(List.of(line.toBuilder().unitPrice(new BigDecimal("0.123456")).build())).build(), ApplyType.DECLARE);
        assertThat(problems).extracting(MessageProblem::jsonPath).containsExactly("totalAmount", "goods[0].unitPrice");
        assertThat(problems.get(1).problem()).isEqualTo("\"0.123456\" is not a plain decimal of at most 19 integer digits and 5 decimals");
    }

    @Test
    void everyProblemIsListedWithItsPathAndElement() {
        Certificate c = Messages.sample("E");
        GoodsItem line = c.goods().get(0).toBuilder()
                .additionalQuantities(List.of(new Quantity(BigDecimal.ONE, "KG"), new Quantity(BigDecimal.ONE, "PCS"),
                        new Quantity(BigDecimal.ONE, "SETS")))
                .originSubCriterion("WO").build();
        Certificate bad = c.toBuilder().number(null).destinationCountry("ZZ").tradeMode("CONSIGNMENT")
                .exporter(new Party("EXAMPLE\nCO.", "SHENZHEN", "CN", null, null, null)).marks("N/M\u0000")
                .goods(List.of(line)).build();
        assertThat(WRITER.check(bad, ApplyType.DECLARE)).extracting(MessageProblem::toString).containsExactlyInAnyOrder(
                "destinationCountry (Certificate/CertificateHead/DestCountryCode): no numeric country code for \"ZZ\"",
                "exporter.name (Certificate/CertificateHead/Exporter): a line break in the name, where the message separates name and address",
                "tradeMode (Certificate/CertificateHead/TradeModeCode): no TradeModeCode (trade-modes.json messageCode) for \"CONSIGNMENT\"",
                "goods[0].originSubCriterion (Certificate/CertificateList/Goods[1]/OriCriteriaSub): no OriCriteriaSub code for \"WO\"",
                "goods[0].additionalQuantities[2].value (Certificate): no element of the customs import message carries this field "
                        + "(docs/customs-message.md)",
                "goods[0].additionalQuantities[2].unit (Certificate): no element of the customs import message carries this field "
                        + "(docs/customs-message.md)",
                "number (Certificate/CertificateHead/CertNo): is required, and the certificate has no value for it",
                "marks (Certificate/CertificateHead/Mark): contains U+0000, which XML 1.0 cannot carry");
    }

    /** coo.xsd TransMeans (运输方式) is free text: a mode outside coo4j's table travels as it is, as the validator only warns. */
    @Test
    void aTransportModeOutsideTheTableTravelsAsItIs() {
        Certificate c = Messages.sample("E");
        io.coo4j.core.model.Transport t = c.transport();
        Certificate drone = c.toBuilder().transport(new io.coo4j.core.model.Transport(t.departureDate(), t.departureDateEstimated(),
                t.portOfLoading(), t.portOfDischarge(), t.portOfDestination(), t.transitCountry(), t.transhipmentPort(),
                "BY SEA AND RAIL", t.vesselVoyage(), t.details())).build();
        assertThat(xml(drone)).contains("<TransMeans>BY SEA AND RAIL</TransMeans>");
        assertThat(roundTrip(drone, ApplyType.DECLARE).transport().mode()).isEqualTo("BY SEA AND RAIL");
        assertThat(roundTrip(c, ApplyType.DECLARE).transport().mode()).isEqualTo("SEA");
    }

    @Test
    void carriageReturnsAndMarkupSurviveTheTrip() {
        Certificate c = Messages.sample("E").toBuilder().marks("A&B <1>\r\nLINE 2\rEND").remarks("  spaced  ").build();
        Certificate back = roundTrip(c, ApplyType.DECLARE);
        assertThat(back.marks()).isEqualTo(c.marks());
        assertThat(back.remarks()).isEqualTo("  spaced  ");
    }

    @Test
    void aMessageInTheEncodingItDeclaresReadsTheSame() {
        Certificate c = Messages.sample("E");
        String gbk = xml(c).replace("encoding=\"UTF-8\"", "encoding=\"GBK\"");
        CustomsMessage back = READER.read(new ByteArrayInputStream(gbk.getBytes(java.nio.charset.Charset.forName("GBK"))), "gbk.xml");
        assertThat(back.certificate()).isEqualTo(Messages.readBack(c));
        byte[] bom = ("\uFEFF" + xml(c)).getBytes(StandardCharsets.UTF_8);
        assertThat(READER.read(new ByteArrayInputStream(bom), "bom.xml").certificate()).isEqualTo(Messages.readBack(c));
    }

    @Test
    void anAgentKeepsItsOwnCodeAndTheOwnerIsNoAgent() {
        Certificate agent = Messages.sample("E").toBuilder().declaringEnterpriseCode("91440300MA5EXAMPLE").build();
        assertThat(xml(agent)).contains("<CiqRegNo>91440300456500999G</CiqRegNo>", "<AplRegNo>91440300MA5EXAMPLE</AplRegNo>");
        assertThat(roundTrip(agent, ApplyType.DECLARE).declaringEnterpriseCode()).isEqualTo("91440300MA5EXAMPLE");
        assertThat(xml(Messages.sample("E"))).contains("<AplRegNo>91440300456500999G</AplRegNo>");
    }
}
