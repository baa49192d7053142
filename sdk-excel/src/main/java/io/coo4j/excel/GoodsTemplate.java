package io.coo4j.excel;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.CodeEntry;
import io.coo4j.core.reference.CodeTable;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.excel.internal.GoodsColumn;
import io.coo4j.excel.internal.GoodsColumns;
import io.coo4j.excel.internal.Labels;
import io.coo4j.excel.internal.Sheets;
import io.coo4j.excel.internal.TemplateMarker;
import io.coo4j.rules.OriginCriteria;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the goods template (货物导入模板) of a certificate type, the file the Single Window offers for download
 * before a goods import (001 §1.1): one column per goods field of the type's goods profile
 * ({@link io.coo4j.core.reference.GoodsProfile}), headers in Chinese and English, drop-down lists for units,
 * package kinds, Y/N flags and the origin criteria the type's agreement allows ({@link OriginCriteria}), number
 * formats, a frozen header row and an example row that {@link GoodsImporter} skips while it is unchanged. A second
 * sheet holds the lists and names the type, so the import needs no type.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class GoodsTemplate {
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    /** Decimal columns show two decimals and keep up to five (the customs message's amounts have five). */
    private static final String DECIMAL_FORMAT = "0.00###";

    private final ReferenceData ref;
    private final OriginCriteria criteria;

    private GoodsTemplate(ReferenceData ref, OriginCriteria criteria) {
        this.ref = InvalidInputException.requireArgument(ref, "GoodsTemplate.create", "ref");
        this.criteria = InvalidInputException.requireArgument(criteria, "GoodsTemplate.create", "criteria");
    }

    /** With the built-in origin criteria. */
    public static GoodsTemplate create(ReferenceData ref) {
        return new GoodsTemplate(ref, OriginCriteria.defaults());
    }

    /** With {@code criteria} as the origin criteria the drop-down lists offer (the validator's table, say). */
    public static GoodsTemplate create(ReferenceData ref, OriginCriteria criteria) {
        return new GoodsTemplate(ref, criteria);
    }

    /** With the built-in reference data. */
    public static GoodsTemplate defaults() {
        return create(ReferenceData.defaults());
    }

    /** Writes the template of {@code certificateType} to {@code file}. */
    public void write(String certificateType, Path file) {
        InvalidInputException.requireArgument(certificateType, "GoodsTemplate.write", "certificateType");
        Sheets.toFile(InvalidInputException.requireArgument(file, "GoodsTemplate.write", "file"), out -> {
            write(certificateType, out);
            return null;
        });
    }

    /**
     * Writes the template of {@code certificateType} ({@code E}, {@code RC}, …) as {@code .xlsx}; the stream stays open.
     *
     * @throws InvalidInputException when the type is unknown
     */
    public void write(String certificateType, OutputStream out) {
        InvalidInputException.requireArgument(certificateType, "GoodsTemplate.write", "certificateType");
        InvalidInputException.requireArgument(out, "GoodsTemplate.write", "out");
        CertificateType type = ref.certificateType(certificateType).orElseThrow(() ->
                new InvalidInputException("certificateType", "", "unknown certificate type " + certificateType));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet goods = wb.createSheet(Labels.zh("template.sheet") + " " + Labels.en("template.sheet"));
            XSSFSheet lists = wb.createSheet(TemplateMarker.listsSheet());
            Map<GoodsColumn.Kind, String> listNames = lists(wb, lists, type);
            List<GoodsColumn> columns = GoodsColumns.of(type);
            Sheets.header(goods, 0, columns.stream().map(GoodsColumn::header).toList(), Sheets.headerStyle(wb));
            goods.createFreezePane(0, 1);
            Row example = goods.createRow(1);
            Font grey = wb.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            DataValidationHelper dv = goods.getDataValidationHelper();
            for (int i = 0; i < columns.size(); i++) {
                GoodsColumn c = columns.get(i);
                goods.setColumnWidth(i, c.width() * 256);
                CellStyle style = Sheets.numberStyle(wb, format(c.kind()));
                goods.setDefaultColumnStyle(i, style);
                example(example, i, c, type, criteria, style, grey, wb);
                String list = listNames.get(c.kind());
                if (list != null) {
                    DataValidationConstraint constraint = dv.createFormulaListConstraint(list);
                    DataValidation v = dv.createValidation(constraint, new CellRangeAddressList(1, LAST_ROW, i, i));
                    // A warning, not a stop: the import also takes Chinese unit names and lower case.
                    v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                    v.setShowErrorBox(true);
                    goods.addValidationData(v);
                }
            }
            note(wb, goods, example);
            wb.write(out);
        } catch (IOException e) {
            throw new CooException("cannot write the goods template: " + e.getMessage(), e);
        }
    }

    private static String format(GoodsColumn.Kind kind) {
        return switch (kind) {
            case INTEGER, TAX_RATE_FLAG -> "0";
            case DECIMAL, PERCENT -> DECIMAL_FORMAT;
            default -> "@"; // text: HS codes keep their leading zero, codes are not turned into dates
        };
    }

    private static void example(Row row, int i, GoodsColumn c, CertificateType type, OriginCriteria criteria,
                                CellStyle columnStyle, Font grey, XSSFWorkbook wb) {
        String value = GoodsColumns.example(c, type, criteria);
        if (value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(i);
        if (c.kind().numeric()) {
            cell.setCellValue(Double.parseDouble(value));
        } else {
            cell.setCellValue(value);
        }
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(columnStyle);
        s.setFont(grey);
        cell.setCellStyle(s);
    }

    /** The note on the example row: how it is treated. */
    private static void note(XSSFWorkbook wb, XSSFSheet goods, Row example) {
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(1);
        anchor.setCol2(5);
        anchor.setRow1(1);
        anchor.setRow2(5);
        Comment comment = goods.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString(Labels.both("template.note")));
        comment.setAuthor("coo4j");
        Cell first = example.getCell(0) != null ? example.getCell(0) : example.createCell(0);
        first.setCellComment(comment);
    }

    /**
     * Fills the lists sheet (marker row, then one column per list) and names each list's range; answers the name
     * per column kind.
     */
    private Map<GoodsColumn.Kind, String> lists(XSSFWorkbook wb, XSSFSheet sheet, CertificateType type) {
        Row marker = sheet.createRow(0);
        marker.createCell(0).setCellValue(TemplateMarker.TEXT);
        marker.createCell(1).setCellValue(type.code());
        marker.createCell(2).setCellValue(Labels.bilingual(type.nameZh(), type.nameEn()).replace('\n', ' '));
        List<List<String>> columns = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        Map<GoodsColumn.Kind, String> names = new java.util.EnumMap<>(GoodsColumn.Kind.class);
        addList(wb, sheet, columns, headers, names, GoodsColumn.Kind.UNIT, "Units", "template.units", codes(ref.units()));
        columns.add(names(ref.units()));
        headers.add("");
        addList(wb, sheet, columns, headers, names, GoodsColumn.Kind.PACKAGE_KIND, "PackageKinds", "template.packageKinds",
                codes(ref.packageKinds()));
        columns.add(names(ref.packageKinds()));
        headers.add("");
        addList(wb, sheet, columns, headers, names, GoodsColumn.Kind.FLAG, "Flags", "template.flags", List.of("Y", "N"));
        addList(wb, sheet, columns, headers, names, GoodsColumn.Kind.TAX_RATE_FLAG, "TaxRateFlags", "template.taxRateFlags",
                List.of("0", "1", "2"));
        addList(wb, sheet, columns, headers, names, GoodsColumn.Kind.CRITERION, "OriginCriteria", "template.criteria",
                criteria.codes(type.code()));
        addList(wb, sheet, columns, headers, names, GoodsColumn.Kind.SUB_CRITERION, "SubCriteria", "template.subCriteria",
                criteria.subCriteria(type.code()));
        Sheets.header(sheet, 1, headers, Sheets.headerStyle(wb));
        int longest = columns.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < longest; r++) {
            Row row = sheet.createRow(r + 2);
            for (int c = 0; c < columns.size(); c++) {
                if (r < columns.get(c).size()) {
                    row.createCell(c).setCellValue(columns.get(c).get(r));
                }
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
        return names;
    }

    /** Adds a list column and a workbook name over its values; an empty list gets neither (free entry). */
    private static void addList(XSSFWorkbook wb, XSSFSheet sheet, List<List<String>> columns, List<String> headers,
                                Map<GoodsColumn.Kind, String> names, GoodsColumn.Kind kind, String name, String label,
                                List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        int c = columns.size();
        columns.add(values);
        headers.add(Labels.both(label));
        String col = CellReference.convertNumToColString(c);
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula("'" + sheet.getSheetName() + "'!$" + col + "$3:$" + col + "$" + (values.size() + 2));
        names.put(kind, name);
    }

    private static List<String> codes(CodeTable table) {
        return table.entries().stream().map(CodeEntry::code).toList();
    }

    private static List<String> names(CodeTable table) {
        return table.entries().stream().map(e -> e.nameZh() == null ? e.nameEn() : e.nameZh() + " " + e.nameEn()).toList();
    }
}
