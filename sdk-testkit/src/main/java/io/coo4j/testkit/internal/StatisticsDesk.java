package io.coo4j.testkit.internal;

import io.coo4j.client.StatisticsGroup;
import io.coo4j.client.StatisticsReport;
import io.coo4j.core.ChinaTime;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.Country;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.excel.CertificateEntry;
import io.coo4j.excel.DateRange;
import io.coo4j.excel.Granularity;
import io.coo4j.excel.StatisticsWorkbook;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Business statistics (业务统计, 001 ch.11; 003) over the certificates of {@link CertificateDesk}: counted on the day
 * they were created in China time, as sdk-excel's statistics workbook counts them, grouped by type, month,
 * destination, principal (委托企业), entry clerk (录入员), login user (登录用户) or login user × principal, with shares of
 * the count (percent, 2 decimals, HALF_UP) and FOB sums in USD; and the same as sdk-excel's {@link StatisticsWorkbook}.
 * Who handled a certificate is {@link CertificateDesk#handled()}'s. Reads, never copies, the certificates; stateless
 * otherwise, so thread-safe.
 */
final class StatisticsDesk {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final String NOT_GIVEN = "-";

    private final Review review;
    private final CertificateDesk certificates;
    private final ReferenceData ref = ReferenceData.defaults();

    StatisticsDesk(Review review, CertificateDesk certificates) {
        this.review = review;
        this.certificates = certificates;
    }

    void register(Routes routes) {
        routes.on("GET statistics", c -> Routes.Reply.ok(report(c.query())))
                .on("GET statistics/workbook",
                        c -> Routes.Reply.ok(new Routes.Binary(CertificateUpkeepDesk.XLSX, workbook(c.query()))));
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
        StatisticsGroup by = required(query, "groupBy", StatisticsGroup.class);
        LocalDate from = Params.date(query, "from");
        LocalDate to = Params.date(query, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiError.invalid("to", "the range ends (" + to + ") before it starts (" + from + ")");
        }
        Map<String, Tally> groups = new TreeMap<>();
        long total = 0;
        BigDecimal fob = BigDecimal.ZERO;
        for (CertificateEntry handled : certificates.handled()) {
            LocalDate day = handled.record().createdAt().atZone(ChinaTime.ZONE).toLocalDate();
            if (from != null && day.isBefore(from) || to != null && day.isAfter(to)) {
                continue;
            }
            Certificate c = handled.record().certificate();
            String k = switch (by) {
                case TYPE -> c.type();
                case DESTINATION -> c.destinationCountry();
                case MONTH -> day.toString().substring(0, 7);
                case PRINCIPAL -> handled.principal();
                case ENTRY_CLERK -> handled.entryClerk();
                case LOGIN_USER -> handled.loginUser();
                case LOGIN_USER_PRINCIPAL -> given(handled.loginUser()) + "|" + given(handled.principal());
            };
            String groupKey = given(k);
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
            case LOGIN_USER_PRINCIPAL -> key.replaceFirst("\\|", " × "); // the principal keeps any bar of its own
            case MONTH, PRINCIPAL, ENTRY_CLERK, LOGIN_USER -> key;
        };
    }

    private static String given(String key) {
        return key == null || key.isBlank() ? NOT_GIVEN : key;
    }

    /**
     * sdk-excel's statistics workbook of the certificates created from {@code from} to {@code to} (China days, both
     * included; open ends: the first creation day, today), login users' work counted {@code per} year, month or day.
     */
    byte[] workbook(Map<String, String> query) {
        Granularity per = required(query, "per", Granularity.class);
        List<CertificateEntry> handled = certificates.handled();
        LocalDate to = Params.date(query, "to");
        to = to == null ? LocalDate.now(review.clock.withZone(ChinaTime.ZONE)) : to;
        LocalDate from = Params.date(query, "from");
        if (from == null) {
            from = handled.isEmpty() ? to : handled.get(0).record().createdAt().atZone(ChinaTime.ZONE).toLocalDate();
            from = from.isAfter(to) ? to : from;
        }
        if (to.isBefore(from)) {
            throw ApiError.invalid("to", "the range ends (" + to + ") before it starts (" + from + ")");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsWorkbook.create(ref).write(handled, new DateRange(from, to), per, out);
        return out.toByteArray();
    }

    /** A query parameter naming one of {@code type}'s values; missing or unknown, a 400 naming it and the values. */
    private static <E extends Enum<E>> E required(Map<String, String> query, String name, Class<E> type) {
        E value = Params.enumValue(query, name, type);
        if (value == null) {
            throw ApiError.invalid(name, "required: one of " + Arrays.toString(type.getEnumConstants()));
        }
        return value;
    }
}
