package io.coo4j.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.ChinaTime;
import io.coo4j.core.model.CertificateRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CertificateListExportTest {
    private static final LocalDateTime NOW = ChinaTime.today().atTime(9, 30);
    private static final List<CertificateRecord> RECORDS = List.of(
            Entries.record("E", "E254565009990001", "INV-1", NOW.minusDays(10)),
            Entries.record("C", "C254565009990001", "=HYPERLINK(\"http://example.invalid\")", NOW),
            Entries.record("E", "E254565009990002", "INV-3", NOW.minusDays(40)));

    private static Sheet export(List<CertificateRecord> records, DateRange range) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = range == null ? CertificateListExport.defaults().write(records, out)
                : CertificateListExport.defaults().write(records, range, out);
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(n);
        return wb.getSheetAt(0);
    }

    /** 001 ch.5: the export holds the certificates created within the last month, here newest first. */
    @Test
    void byDefaultListsTheCertificatesCreatedWithinTheLastMonth() throws IOException {
        Sheet sheet = export(RECORDS, null);
        Row header = sheet.getRow(0);
        assertThat(header.getCell(1).getStringCellValue()).isEqualTo("证书号\nCertificate number");
        assertThat(header.getCell(8).getStringCellValue()).isEqualTo("单据状态\nStatus");
        assertThat(sheet.getLastRowNum()).isEqualTo(2);
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("C254565009990001");
        assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("E254565009990001");
        Row first = sheet.getRow(2);
        assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(2);
        assertThat(first.getCell(3).getStringCellValue()).contains("东盟");
        assertThat(first.getCell(4).getStringCellValue()).isEqualTo("新证");
        assertThat(first.getCell(6).getLocalDateTimeCellValue()).isEqualTo(NOW.minusDays(10));
        assertThat(first.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(NOW.minusDays(10).toLocalDate());
        assertThat(first.getCell(8).getStringCellValue()).isEqualTo("审核通过");
    }

    @Test
    void theCallerMayChooseTheRange() throws IOException {
        LocalDate old = NOW.minusDays(40).toLocalDate();
        Sheet sheet = export(RECORDS, new DateRange(old, old));
        assertThat(sheet.getLastRowNum()).isEqualTo(1);
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("E254565009990002");
    }

    @Test
    void textThatWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        Sheet sheet = export(RECORDS, null);
        assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://example.invalid\")");
    }
}
