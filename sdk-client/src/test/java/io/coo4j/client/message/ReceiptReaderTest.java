package io.coo4j.client.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceiptReaderTest {
    private static final String NS = " xmlns=\"http://www.w3.org/2000/09/xmldsig#\"";

    private static CustomsReceipt read(String xml) {
        return ReceiptReader.defaults().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "receipt.xml");
    }

    private static String business(String ns, String channel, String type, String code, String message) {
        return "<Receipt" + ns + "><CertNo>E254565009990001</CertNo><ReceiveTime>2025-10-03 08:30:00</ReceiveTime>"
                + "<Channel>" + channel + "</Channel><Note>回执</Note><SendTime>2025-10-03 08:29:00</SendTime>"
                + "<RspGenTime>2025-10-03 08:28:00</RspGenTime><CusRespData><RepType>" + type + "</RepType>"
                + "<RepCode>" + code + "</RepCode><RepAddMsg>" + message + "</RepAddMsg></CusRespData></Receipt>";
    }

    /** Issue 9: the fixture beside the customs' schema reads as approved for RC220123456780001. */
    @Test
    void theSharedSampleReadsAsApproved() {
        CustomsReceipt r = ReceiptReader.defaults().read(SharedData.folder().resolve("customs/receipt-sample-RC.xml"));
        assertThat(r).isEqualTo(new CustomsReceipt(CustomsReceipt.Kind.BUSINESS, "RC220123456780001", "6", "5", "0000", "审核通过",
                "业务回执", Instant.parse("2026-04-16T02:00:00Z"), Instant.parse("2026-04-16T01:59:00Z"), null, null, null,
                ReceiptStatus.APPROVED));
        assertThat(r.status().certificateState()).contains(CertificateState.APPROVED);
    }

    @Test
    void withOrWithoutTheNamespaceItIsTheSame() {
        CustomsReceipt plain = read(business("", "6", "5", "0000", "审核通过,可以领证"));
        assertThat(plain).isEqualTo(read(business(NS, "6", "5", "0000", "审核通过,可以领证")));
        assertThat(plain.certificateNumber()).isEqualTo("E254565009990001");
        assertThat(plain.status()).isEqualTo(ReceiptStatus.APPROVED);
    }

    @ParameterizedTest
    @CsvSource({
            "6, 5, 0000, APPROVED",
            "6, 5, 0001, APPROVED",
            "6, 2, 0000, RECEIVED",
            "6, 3, 0001, RETURNED",
            "6, 6, 0001, RETURNED",
            "6, 1, 9999, FAILED",
            "1, 5, 0000, RECEIVED",
            "2, 5, 0000, FAILED",
            "6, 9, 0000, UNKNOWN"})
    void businessReceiptsMapByTheStatusTable(String channel, String type, String code, ReceiptStatus status) {
        assertThat(read(business(NS, channel, type, code, "x")).status()).isEqualTo(status);
    }

    @Test
    void fileReceiptsCarryTheFileAndTheirType() {
        CustomsReceipt r = read("<FileRet><CertNo>E254565009990001</CertNo><RetType>2</RetType><Note>报文格式错误</Note>"
                + "<FileName>E254565009990001.xml</FileName><FileType>xml</FileType></FileRet>");
        assertThat(r.kind()).isEqualTo(CustomsReceipt.Kind.FILE);
        assertThat(r.type()).isEqualTo("2");
        assertThat(r.message()).isEqualTo("报文格式错误");
        assertThat(r.fileName()).isEqualTo("E254565009990001.xml");
        assertThat(r.status()).isEqualTo(ReceiptStatus.FAILED);
        assertThat(r.status().certificateState()).isEmpty();
        assertThat(read("<FileRet" + NS + "><CertNo>E1</CertNo><RetType>1</RetType></FileRet>").status()).isEqualTo(ReceiptStatus.ACCEPTED);
    }

    @Test
    void timesInTheFormsReceiptsUseAreBeijingTime() {
        String iso = business(NS, "6", "5", "0000", "x").replace("2025-10-03 08:30:00", "2025-10-03T08:30:00")
                .replace("2025-10-03 08:29:00", "20251003082900");
        assertThat(read(iso).receivedAt()).isEqualTo(Instant.parse("2025-10-03T00:30:00Z"));
        assertThat(read(iso).sentAt()).isEqualTo(Instant.parse("2025-10-03T00:29:00Z"));
        assertThat(read(iso).generatedAt()).isEqualTo(Instant.parse("2025-10-03T00:28:00Z"));
    }

    @Test
    void whatIsNotAReceiptIsAClearError() {
        assertThatThrownBy(() -> read("<Certificate" + NS + "/>")).isInstanceOf(InvalidInputException.class)
                .hasMessage("receipt.xml: line 1, column 58: <Certificate> is not a receipt (Receipt or FileRet)");
        assertThatThrownBy(() -> read(business(" xmlns=\"urn:other\"", "6", "5", "0000", "x")))
                .hasMessageContaining("<Receipt> is in namespace urn:other; receipts are in http://www.w3.org/2000/09/xmldsig# or in none");
        assertThatThrownBy(() -> read(business(NS, "6", "5", "0000", "x").replace("2025-10-03 08:30:00", "yesterday")))
                .hasMessageContaining("<ReceiveTime> \"yesterday\" is not a time such as 2025-10-03 08:30:00");
        assertThatThrownBy(() -> read("<Receipt/>")).isInstanceOf(InvalidInputException.class)
                .hasMessage("receipt.xml: line 1, column 11: <Receipt> has no CertNo or RepType: a receipt names its certificate and its type");
        assertThatThrownBy(() -> read("<FileRet" + NS + "><CertNo>E1</CertNo><RetType> </RetType></FileRet>"))
                .hasMessageEndingWith("<FileRet> has no RetType: a receipt names its certificate and its type");
        assertThatThrownBy(() -> read("<Receipt><CertNo>E1</CertNo>")).hasMessage("receipt.xml: line 1, column 29: not well-formed XML: XML document structures must start and end within the same entity.");
    }
}
