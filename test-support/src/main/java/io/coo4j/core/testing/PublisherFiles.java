package io.coo4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The publishers' own files in {@link SharedData} that its pack layout was converted from, in the order of its
 * indexes, for tests that build a pack from them and compare it with that layout.
 */
public final class PublisherFiles {
    private PublisherFiles() {
    }

    /** The HS 2022 nomenclature as the datasets/harmonized-system repository publishes it. */
    public static Path hs() {
        return SharedData.folder().resolve("hs2022/harmonized-system.csv");
    }

    /** The customs JSON annex each agreement's {@code psr.csv} was converted from, in {@code psr/index.csv}'s order. */
    public static Map<String, Path> annexes() {
        Path psr = SharedData.folder().resolve("psr");
        Map<String, Path> annexes = new LinkedHashMap<>();
        annexes.put("19", psr.resolve("china-korea/source/《中华人民共和国政府和大韩民国政府自由贸易协定》项下产品特定原产地规则.json"));
        annexes.put("12", psr.resolve("china-peru/source/附件：产品特定原产地规则（中文版本）.json"));
        annexes.put("16", psr.resolve("china-iceland/source/《中华人民共和国政府和冰岛政府自由贸易协定》项下产品特定原产地规则.json"));
        annexes.put("15", psr.resolve("china-costa-rica/source/附件：《中华人民共和国政府和哥斯达黎加共和国政府自由贸易协定》项下产品特定原产地规则.json"));
        annexes.put("10", psr.resolve("china-new-zealand/source/1．《中国—新西兰自贸协定》项下部分产品特定原产地规则2007版至2012版转版对应表（仅涉及变化或调整部分）.json"));
        return annexes;
    }

    /** The second copy of the China–Peru annex, whose headings are text ({@code "01.01"}) instead of numbers. */
    public static Path peruTextCopy() {
        return SharedData.folder().resolve("psr/china-peru/source/1．产品特定原产地规则（中文）.json");
    }

    /** UNSD's correlation workbooks, in {@code hs-correlation/index.csv}'s order. */
    public static List<Path> correlationWorkbooks() {
        Path dir = SharedData.folder().resolve("incoming/hs-correlation");
        return List.of(dir.resolve("HS2022toHS2017ConversionAndCorrelationTables.xlsx"),
                dir.resolve("HS2017toHS2012ConversionAndCorrelationTables.xlsx"),
                dir.resolve("HS 2012 to HS 2007 Correlation and conversion tables.xls"),
                dir.resolve("HS2022toHS2012ConversionAndCorrelationTables.xlsx"),
                dir.resolve("HS2022toHS2007ConversionAndCorrelationTables.xlsx"),
                dir.resolve("HS2017toHS2007ConversionAndCorrelationTables.xlsx"));
    }

    /** The customs districts of the Single Window integration. */
    public static Path districts() {
        return SharedData.folder().resolve("customs/customs_coo_issuing_authorities.json");
    }

    /** The English address overrides beside them. */
    public static Path districtOverrides() {
        return SharedData.folder().resolve("customs/customs_coo_issuing_authorities.address_overrides.json");
    }

    /** The files of the pack layout that a pack built from every source above holds, paths inside the pack. */
    public static final List<String> PACK_FILES = List.of("hs2022/harmonized-system.csv", "psr/index.csv",
            "psr/china-korea/psr.csv", "psr/china-peru/psr.csv", "psr/china-iceland/psr.csv", "psr/china-costa-rica/psr.csv",
            "psr/china-new-zealand/psr.csv", "hs-correlation/index.csv", "hs-correlation/hs2022-hs2017.csv",
            "hs-correlation/hs2017-hs2012.csv", "hs-correlation/hs2012-hs2007.csv", "hs-correlation/hs2022-hs2012.csv",
            "hs-correlation/hs2022-hs2007.csv", "hs-correlation/hs2017-hs2007.csv",
            "customs/customs_coo_issuing_authorities.json", "customs/customs_coo_issuing_authorities.address_overrides.json");

    /** The one table a pack built from its publisher's file does not hold byte for byte: see {@link #assertAsReference}. */
    public static final String PERU = "psr/china-peru/psr.csv";

    /**
     * Asserts that each of {@code files} (paths inside a pack) in {@code built} is byte for byte the shared layout's,
     * except in {@link #PERU}: its source stores two subheadings with three decimals (9305.901, 9305.909; HS 2007 has
     * 9305.91 and 9305.99, not 9305.90), which the shared layout's conversion rounded without a word to 930590 and 930591.
     * coo4j reads them the same but flags both rows {@code SOURCE_CODE_ROUNDED}, so that no rule rests on a guessed code;
     * every other byte is the same.
     */
    public static void assertAsReference(Path built, List<String> files) {
        for (String file : files) {
            try {
                String actual = new String(Files.readAllBytes(built.resolve(file)), StandardCharsets.UTF_8);
                String expected = new String(Files.readAllBytes(SharedData.folder().resolve(file)), StandardCharsets.UTF_8);
                if (file.equals(PERU)) {
                    expected = expected.replace("#[5833],,\r\n", "#[5833],,SOURCE_CODE_ROUNDED: 9305.901 read as 9305.90\r\n")
                            .replace("#[5834],,\r\n", "#[5834],,SOURCE_CODE_ROUNDED: 9305.909 read as 9305.91\r\n");
                }
                if (!actual.equals(expected)) {
                    // the first line that differs, not two whole tables
                    String[] a = actual.split("\n", -1);
                    String[] e = expected.split("\n", -1);
                    int i = 0;
                    while (i < Math.min(a.length, e.length) && a[i].equals(e[i])) {
                        i++;
                    }
                    assertThat(i < a.length ? a[i] : "(end of file)").as(file + " line " + (i + 1) + " byte for byte")
                            .isEqualTo(i < e.length ? e[i] : "(end of file)");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
