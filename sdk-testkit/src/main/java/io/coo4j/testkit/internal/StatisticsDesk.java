package io.coo4j.testkit.internal;

import io.coo4j.client.StatisticsGroup;
import io.coo4j.client.StatisticsReport;
import io.coo4j.core.ChinaTime;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.CertificateRecord;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.Country;
import io.coo4j.core.reference.ReferenceData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Business statistics (业务统计, 001 ch.11; 003) over the certificates of {@link CertificateDesk}: counted on the day
 * they were created in China time, as sdk-excel's statistics workbook counts them, grouped by type, month or
 * destination, with shares of the count (percent, 2 decimals, HALF_UP) and FOB sums in USD. Reads, never copies, the
 * certificates; stateless otherwise, so thread-safe.
 */
final class StatisticsDesk {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final String NOT_GIVEN = "-";

    private final CertificateDesk certificates;
    private final ReferenceData ref = ReferenceData.defaults();

    StatisticsDesk(CertificateDesk certificates) {
        this.certificates = certificates;
    }

    void register(Routes routes) {
        routes.on("GET statistics", c -> Routes.Reply.ok(report(c.query())));
    }

    /** One group's running figures. */
    private static final class Tally {
        final String label;
        long count;
        BigDecimal fob = BigDecimal.ZERO;

        Tally(String label) {
            this.label = label;
        }
    }

    StatisticsReport report(Map<String, String> query) {
        StatisticsGroup by = Params.enumValue(query, "groupBy", StatisticsGroup.class);
        if (by == null) {
            throw ApiError.invalid("groupBy", "required: one of TYPE, MONTH, DESTINATION");
        }
        LocalDate from = Params.date(query, "from");
        LocalDate to = Params.date(query, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiError.invalid("to", "the range ends (" + to + ") before it starts (" + from + ")");
        }
        Map<String, Tally> groups = new TreeMap<>();
        long total = 0;
        BigDecimal fob = BigDecimal.ZERO;
        for (CertificateRecord r : certificates.records()) {
            LocalDate day = r.createdAt().atZone(ChinaTime.ZONE).toLocalDate();
            if (from != null && day.isBefore(from) || to != null && day.isAfter(to)) {
                continue;
            }
            Certificate c = r.certificate();
            String k = switch (by) {
                case TYPE -> c.type();
                case DESTINATION -> c.destinationCountry();
                case MONTH -> day.toString().substring(0, 7);
            };
            String groupKey = k == null ? NOT_GIVEN : k;
            Tally t = groups.computeIfAbsent(groupKey, g -> new Tally(label(by, g)));
            t.count++;
            t.fob = t.fob.add(c.goodsFobTotal());
            total++;
            fob = fob.add(c.goodsFobTotal());
        }
        List<StatisticsReport.Row> rows = new ArrayList<>();
        for (Map.Entry<String, Tally> e : groups.entrySet()) {
            Tally t = e.getValue();
            rows.add(new StatisticsReport.Row(e.getKey(), t.label, t.count,
                    BigDecimal.valueOf(t.count).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP),
                    t.fob));
        }
        return new StatisticsReport(by, from, to, total, fob, rows);
    }

    private String label(StatisticsGroup by, String key) {
        return switch (by) {
            case TYPE -> ref.certificateType(key).map(CertificateType::nameZh).orElse(key);
            case DESTINATION -> ref.countries().byAlpha2(key).map(Country::nameZh).orElse(key);
            case MONTH -> key;
        };
    }
}
