package io.coo4j.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.CodeEntry;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.excel.internal.GoodsColumn;
import io.coo4j.excel.internal.GoodsColumns;
import io.coo4j.excel.internal.GoodsFields;
import io.coo4j.rules.OriginCriteria;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 6: template → filled with generated goods → import → the same goods, for a type of every goods profile.
 * Excel keeps numbers as doubles, so decimals are generated as the importer answers them: canonical, at most 12
 * significant digits.
 */
class GoodsRoundTripProperties {
    private static final ReferenceData REF = ReferenceData.defaults();
    /** One type per goods profile: general, Korea-like, GSP, ASEAN, RCEP, origin country, weights. */
    private static final List<String> TYPES = List.of("C", "K", "G", "E", "RC", "TR", "T");

    @Property(tries = 15)
    void importReadsBackWhatWasFilledIn(@ForAll("goodsOfAType") TypedGoods sample) throws IOException {
        Path dir = Files.createTempDirectory("coo4j-roundtrip");
        try {
            Path file = GoodsFiles.filledTemplate(dir, sample.type(), sample.goods());
            GoodsImport read = GoodsImporter.defaults().read(file);
            assertThat(read.errors()).isEmpty();
            assertThat(read.certificateType()).isEqualTo(sample.type());
            assertThat(read.goods()).isEqualTo(sample.goods());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }

    record TypedGoods(String type, List<GoodsItem> goods) {
    }

    @Provide
    Arbitrary<TypedGoods> goodsOfAType() {
        return Arbitraries.of(TYPES).flatMap(code -> {
            CertificateType type = REF.certificateType(code).orElseThrow();
            // the catalogue code is no field of a line: it picks one (GoodsCatalogueImportTest)
            GoodsColumn[] columns = GoodsColumns.of(type).stream().filter(c -> c.kind() != GoodsColumn.Kind.CATALOGUE_CODE)
                    .toArray(GoodsColumn[]::new);
            List<Arbitrary<Object>> cells = new ArrayList<>();
            for (GoodsColumn c : columns) {
                Arbitrary<Object> v = value(c, code);
                cells.add(c.key().equals("hsCode") ? v : v.injectNull(0.3));
            }
            Arbitrary<Object[]> row = Combinators.combine(cells).as(List::toArray);
            return row.list().ofMinSize(1).ofMaxSize(12).map(rows -> {
                List<GoodsItem> goods = new ArrayList<>();
                for (Object[] r : rows) {
                    GoodsItem g = GoodsFields.build(columns, r, goods.size() + 1);
                    for (int i = 0; i < columns.length; i++) {
                        if (r[i] != null) {
                            assertThat(GoodsFields.get(g, columns[i].key())).as(columns[i].key()).isEqualTo(r[i]);
                        }
                    }
                    goods.add(g);
                }
                return new TypedGoods(code, goods);
            });
        });
    }

    private static Arbitrary<Object> value(GoodsColumn c, String type) {
        Arbitrary<?> a = switch (c.kind()) {
            case TEXT -> c.key().equals("nameCn") ? chinese() : text();
            case HS_CODE -> Arbitraries.of(6, 8, 10).flatMap(n -> Arbitraries.strings().numeric().ofLength(n));
            case INTEGER -> Arbitraries.longs().between(0, 1_000_000_000L);
            case TAX_RATE_FLAG -> Arbitraries.integers().between(0, 2);
            case DECIMAL -> decimal(new BigDecimal("999999999"));
            case PERCENT -> decimal(new BigDecimal("100"));
            case FLAG -> Arbitraries.of(true, false);
            case UNIT -> Arbitraries.of(REF.units().entries()).map(CodeEntry::code);
            case PACKAGE_KIND -> Arbitraries.of(REF.packageKinds().entries()).map(CodeEntry::code);
            case CRITERION -> oneOf(OriginCriteria.defaults().codes(type));
            case SUB_CRITERION -> oneOf(OriginCriteria.defaults().subCriteria(type));
            case COUNTRY -> Arbitraries.of("CN", "KR", "SG", "DE", "US", "VN");
            case CATALOGUE_CODE -> throw new IllegalArgumentException("not a field of a goods line: " + c.key());
        };
        return a.map(Object.class::cast);
    }

    /** Upper-case English with inner spaces and punctuation; never blank, never padded, never formula-like. */
    /** One of the type's listed values, or free text when the type has no list. */
    private static Arbitrary<String> oneOf(List<String> listed) {
        return listed.isEmpty() ? text() : Arbitraries.of(listed);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').withChars(' ', '.', ',', '/', '(', ')', '-')
                .ofMinLength(1).ofMaxLength(40).map(String::strip)
                .filter(s -> !s.isEmpty() && Character.isLetterOrDigit(s.charAt(0)));
    }

    private static Arbitrary<String> chinese() {
        return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(20);
    }

    private static Arbitrary<BigDecimal> decimal(BigDecimal max) {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, max).ofScale(3).map(d -> {
            BigDecimal s = d.stripTrailingZeros();
            return s.scale() < 0 ? s.setScale(0) : s;
        });
    }
}
