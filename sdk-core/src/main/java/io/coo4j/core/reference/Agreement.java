package io.coo4j.core.reference;

import io.coo4j.core.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A preferential trade agreement (优惠贸易协定) by its customs code ({@code 01} APTA … {@code 22} RCEP …):
 * its partners with the date each joined where known, whether China issues export certificates under it
 * ({@code 13}, the LDC special treatment, is import only), and its networked scope for the status
 * queries (seed 000; docs/domain.md, "Codes").
 *
 * @param code the two-digit customs code, e.g. {@code 22}
 * @param nameEn the English name
 * @param nameZh the Chinese name
 * @param shortName the short name, e.g. RCEP
 * @param partners the partner countries and regions
 * @param exportCertificates whether China issues export certificates under it
 * @param networkedExport which partners exchange China's export certificates electronically
 * @param networkedImport which partners' certificates China receives electronically
 * @param source where the row's facts come from
 * @param verify what is not confirmed from a primary source, {@code null} when all is
 */
public record Agreement(
        String code,
        String nameEn,
        @Nullable String nameZh,
        @Nullable String shortName,
        List<Partner> partners,
        boolean exportCertificates,
        @Nullable NetworkedScope networkedExport,
        @Nullable NetworkedScope networkedImport,
        @Nullable String source,
        @Nullable String verify) {

    /** Copies the partners, refusing a {@code null} one. */
    public Agreement {
        partners = InvalidInputException.requireList(partners, "agreement", "partners");
    }

    /**
     * A partner country or region of an agreement; {@code since} is null where the date is not confirmed.
     *
     * @param country the partner, ISO 3166-1 alpha-2
     * @param since the day it joined, {@code null} where not confirmed
     * @param verify what is not confirmed, {@code null} when all is
     */
    public record Partner(String country, @Nullable LocalDate since, @Nullable String verify) {
    }

    /**
     * Which partners' certificates are exchanged electronically: {@code countries} empty means every partner;
     * {@code since} is the first day, where the seed gives one.
     *
     * @param countries the partners, empty for every partner
     * @param since the first day, {@code null} where the seed gives none
     */
    public record NetworkedScope(List<String> countries, @Nullable LocalDate since) {
        /** Copies the countries; {@code null} reads as empty, i.e. every partner. */
        public NetworkedScope(@Nullable List<String> countries, @Nullable LocalDate since) {
            // Not compact: the parameter may be null, the component never is.
            this.countries = countries == null ? List.of() : List.copyOf(countries);
            this.since = since;
        }
    }

    /** The partner entry of {@code country}, if it is a partner. */
    public Optional<Partner> partner(@Nullable String country) {
        return partners.stream().filter(p -> p.country().equals(country)).findFirst();
    }

    /**
     * Whether {@code country} is a partner on {@code date}: listed, and joined on or before the date when the
     * date it joined is known.
     */
    public boolean isPartner(@Nullable String country, @Nullable LocalDate date) {
        return partner(country).map(p -> p.since() == null || date == null || !date.isBefore(p.since())).orElse(false);
    }

    /** Whether export status with {@code country} is exchanged with the partner customs. */
    public boolean networkedForExport(@Nullable String country) {
        return covers(networkedExport, country, null);
    }

    /** Whether import status from {@code country} is networked on {@code date}. */
    public boolean networkedForImport(@Nullable String country, @Nullable LocalDate date) {
        return covers(networkedImport, country, date);
    }

    private boolean covers(@Nullable NetworkedScope scope, @Nullable String country, @Nullable LocalDate date) {
        if (scope == null || partner(country).isEmpty()) {
            return false;
        }
        boolean listed = scope.countries().isEmpty() || scope.countries().contains(country);
        boolean started = scope.since() == null || date == null || !date.isBefore(scope.since());
        return listed && started;
    }
}
