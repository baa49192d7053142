package io.coo4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.data.TariffAnswer.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The query answers FOUND only from a line of the table: the code's own, or one the code lies within. */
class TariffRatesProperties {
    private static final List<Integer> YEARS = List.of(2025, 2026);

    @Property(tries = 200)
    void foundOnlyFromALineOfTheTable(@ForAll("codes") Set<String> listed, @ForAll("codes") Set<String> asked)
            throws IOException {
        // lines do not nest (the loader refuses it): keep the codes no other listed code lies within
        List<String> lines = listed.stream().filter(c -> listed.stream().noneMatch(o -> !o.equals(c) && c.startsWith(o)))
                .sorted().toList();
        StringBuilder csv = new StringBuilder("importing_country,hs_code,year,rate,citation\n");
        lines.forEach(c -> csv.append("KR,").append(c).append(",2026,").append(c.length()).append(",t\n"));
        Path dir = Files.createTempDirectory("tariff-property");
        try {
            TariffRates rates = TariffRates.of(lines.isEmpty() ? DataPack.empty() : TariffRatesTest.pack(dir, csv.toString()));
            for (String code : asked) {
                for (int year : YEARS) {
                    TariffAnswer a = rates.rate("19", "KR", code, year);
                    boolean covered = year == 2026 && lines.stream().anyMatch(code::startsWith);
                    assertThat(a.outcome() == Outcome.FOUND).as("%s in %d", code, year).isEqualTo(covered);
                    if (a.outcome() == Outcome.FOUND) {
                        assertThat(lines).contains(a.line().hsCode());
                        assertThat(code).startsWith(a.line().hsCode());
                        assertThat(a.line().rate()).isEqualTo(String.valueOf(a.line().hsCode().length()));
                    } else {
                        assertThat(a.line()).isNull();
                    }
                }
            }
        } finally {
            delete(dir);
        }
    }

    /** Codes of 6, 8 or 10 digits over two digits, so that one often lies within another. */
    @Provide
    Arbitrary<Set<String>> codes() {
        Arbitrary<String> code = Arbitraries.of(6, 8, 10).flatMap(n -> Arbitraries.strings().withChars('1', '2')
                .ofLength(n));
        return code.set().ofMaxSize(12);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
