package io.coo4j.excel.internal;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (DrawingML, drawn by Excel and LibreOffice from the cells, not pictures) over a statistics
 * table: a clustered bar chart with one series per value column and a pie chart of the totals. Every series and
 * pie slice gets its colour explicitly: LibreOffice draws a series without one as empty.
 */
public final class Charts {
    /** Excel's default chart colours, repeated when there are more series or slices. */
    private static final int[] PALETTE = {0x4472C4, 0xED7D31, 0xA5A5A5, 0xFFC000, 0x5B9BD5, 0x70AD47, 0x264478, 0x9E480E,
        0x636363, 0x997300};

    private Charts() {
    }

    /** Where a table sits: its category labels in {@code labelColumn}, rows {@code firstRow}..{@code lastRow}. */
    public record Table(XSSFSheet sheet, int firstRow, int lastRow, int labelColumn) {
        XDDFDataSource<String> categories() {
            return XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, labelColumn, labelColumn));
        }

        XDDFNumericalDataSource<Double> values(int column) {
            return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, column, column));
        }
    }

    /** A bar chart with a series per column of {@code seriesColumns}, titled by {@code seriesTitles}. */
    public static void bar(XSSFDrawing drawing, XSSFClientAnchor at, String title, Table t, List<Integer> seriesColumns,
                           List<String> seriesTitles) {
        XSSFChart chart = chart(drawing, at, title);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        for (int i = 0; i < seriesColumns.size(); i++) {
            XDDFChartData.Series s = data.addSeries(t.categories(), t.values(seriesColumns.get(i)));
            s.setTitle(seriesTitles.get(i), null);
            s.setFillProperties(fill(i));
        }
        data.setVaryColors(false);
        chart.plot(data);
    }

    /** A pie chart of column {@code valueColumn}. */
    public static void pie(XSSFDrawing drawing, XSSFClientAnchor at, String title, Table t, int valueColumn, String seriesTitle) {
        XSSFChart chart = chart(drawing, at, title);
        XDDFPieChartData data = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
        data.setVaryColors(true);
        XDDFChartData.Series s = data.addSeries(t.categories(), t.values(valueColumn));
        s.setTitle(seriesTitle, null);
        for (int i = 0; i <= t.lastRow() - t.firstRow(); i++) {
            s.getDataPoint(i).setFillProperties(fill(i));
        }
        chart.plot(data);
    }

    private static XDDFSolidFillProperties fill(int index) {
        int rgb = PALETTE[index % PALETTE.length];
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}));
    }

    private static XSSFChart chart(XSSFDrawing drawing, XSSFClientAnchor at, String title) {
        XSSFChart chart = drawing.createChart(at);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        return chart;
    }
}
