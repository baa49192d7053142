package io.coo4j.print;

import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.BackToBack;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.testing.GeneratedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** The sample certificate of every type ({@code samples/certificates}) and the renderers the tests share. */
final class Samples {
    static final Instant FIXED = Instant.parse("2025-10-02T08:00:00Z");
    static final PdfRenderer CJK = PdfRenderer.builder().fonts(FontProvider.notoSansSc()).build();
    static final PdfRenderer LATIN = PdfRenderer.builder().fonts(FontProvider.standard()).build();

    private Samples() {
    }

    static List<Path> files() {
        try (Stream<Path> s = Files.list(GeneratedFiles.projectRoot().resolve("samples/certificates"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Certificate read(String type) {
        return CooJson.strict().readCertificate(GeneratedFiles.projectRoot().resolve("samples/certificates/" + type + ".json"));
    }

    static Certificate read(Path file) {
        return CooJson.strict().readCertificate(file);
    }

    /** A China–ASEAN movement certificate (流动证明): the Form E sample drawing on a Vietnamese Form E. */
    static Certificate movement() {
        return read("E").toBuilder().backToBack(BackToBack.builder().originalProofNumber("E253000012345")
                .originalIssueDate(java.time.LocalDate.of(2025, 9, 20)).firstExportingCountry("VN")
                .originalIssuingAuthority("MINISTRY OF INDUSTRY AND TRADE, VIET NAM").build()).build();
    }

    static RenderOptions.Builder fixed() {
        return RenderOptions.builder().fixedTime(FIXED);
    }
}
