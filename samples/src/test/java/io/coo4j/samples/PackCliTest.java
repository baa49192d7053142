package io.coo4j.samples;

import static io.coo4j.samples.CooCliTest.coo;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.core.testing.PublisherFiles;
import io.coo4j.samples.CooCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: {@code coo pack build} from the publishers' files, then {@code coo validate … --data DIR}, as the README shows. */
class PackCliTest {
    @Test
    void buildsThePackTheReadmeShowsThenValidatesWithIt(@TempDir Path dir) throws IOException {
        Path pack = dir.resolve("coo4j-data");
        List<String> args = new ArrayList<>(List.of("pack", "build", "--out", pack.toString(),
                "--hs", PublisherFiles.hs().toString(), "--districts", PublisherFiles.districts().toString(),
                "--district-overrides", PublisherFiles.districtOverrides().toString()));
        for (Map.Entry<String, Path> annex : PublisherFiles.annexes().entrySet()) {
            args.addAll(List.of("--annex", annex.getKey() + "=" + annex.getValue()));
        }
        args.add("--correlation");
        PublisherFiles.correlationWorkbooks().forEach(w -> args.add(w.toString()));
        Run build = coo(args.toArray(String[]::new));
        assertThat(build.err()).isEmpty();
        assertThat(build.exit()).isZero();
        assertThat(build.out()).startsWith("wrote " + pack + " in ").contains("16 files, listed in pack.json")
                .contains("psr/china-korea/psr.csv").contains("5205 rows  HS2012");
        PublisherFiles.assertAsReference(pack, PublisherFiles.PACK_FILES);

        Run verify = coo("pack", "verify", pack.toString());
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).isEqualTo(pack + ": OK, 16 files as pack.json lists them, every row loads\n");

        Run info = coo("pack", "info", pack.toString());
        assertThat(info.exit()).isZero();
        assertThat(info.out()).contains("Pinky-Lemon6/customs_spider@82e1258e740c39a73a9d8f1f01a149c11ba59cc2")
                .contains("insongkim/concordance@201c812e51f213d967d8701b6ed6398c79df4a04")
                .contains("- 246 rows flagged SUSPECT_FORWARD_FILL");

        String e = GeneratedFiles.projectRoot().resolve("samples/certificates/E.json").toString();
        Run validate = coo("validate", e, "--data", pack.toString());
        assertThat(validate.exit()).isZero();
        assertThat(validate.out()).doesNotContain("NOT CHECKED HS_CODE_EXISTS");
        // China–Peru on a built pack: the two rounded codes are flagged as well (docs/data-packs.md)
        assertThat(coo("psr", "--agreement", "12", "--data", pack.toString()).out())
                .startsWith("agreement 12 (China–Peru FTA, HS2007): 5061 rows, 5056 parsed, 4 skipped as flagged, 1 not readable");
        Run origin = coo("origin", GeneratedFiles.projectRoot().resolve("samples/origin/wooden-chair-korea.json").toString(),
                "--data", pack.toString());
        assertThat(origin.exit()).isZero();
        assertThat(origin.out()).startsWith("agreement 19: qualifies, criterion PSR").contains("hs2022-hs2012.csv");

        // a file changed after the build is found, and the exit says so
        Path korea = pack.resolve("psr/china-korea/psr.csv");
        Files.writeString(korea, Files.readString(korea).replace("完全获得", "章改变"));
        Run tampered = coo("pack", "verify", pack.toString(), "--format", "json");
        assertThat(tampered.exit()).isEqualTo(1);
        assertThat(tampered.out()).contains("\"ok\": false").contains("psr/china-korea/psr.csv: SHA-256 is ");
    }

    @Test
    void aBadSourceIsOneLineNamingFileRowAndKeyAndLeavesNothing(@TempDir Path dir) throws IOException {
        Path annex = Files.writeString(dir.resolve("korea.json"), """
                [{"章": 1.0, "品目": 1.01, "子目": 101.21, "商品描述": "--改良种用", "原产地标准": "完全获得"},
                 {"章": 1.0, "品目": 1.01, "商品描述": "--其他", "原产地标准": "完全获得"}]""");
        Run r = coo("pack", "build", "--out", dir.resolve("pack").toString(), "--annex", "19=" + annex);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("coo: " + annex + ": [1]: key \"子目\" missing: every row of this annex has 章, 品目,"
                + " 子目, 商品描述, 原产地标准, as row [0] does\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("korea.json");
        }
        assertThat(coo("pack", "build", "--out", dir.resolve("p").toString(), "--annex", "19").err())
                .contains("--annex: expected AGREEMENT=FILE");
        assertThat(coo("pack", "info", dir.toString()).err()).contains("has no pack.json");
        assertThat(coo("pack").exit()).isEqualTo(2);
    }
}
