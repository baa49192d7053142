package io.coo4j.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import io.coo4j.core.reference.CertificateType;
import io.coo4j.core.reference.ReferenceData;
import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.print.seal.SealDesign;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Page one of each form family, and of the other documents, against committed reference PNGs (PDFBox's
 * renderer, 25 dpi, grey) within a tolerance; {@code -Dcoo4j.regenerate=true} rewrites them and the larger
 * pictures in {@code docs/images/}.
 */
class ReferenceImagesTest {
    private static final float DPI = 25;
    private static final float DOCS_DPI = 50;
    /**
     * The share of pixels whose grey differs by more than {@link #STRONG} that still counts as the same page.
     * Anti-aliasing differs a little across JDKs (small differences, ignored); a changed word in one box
     * changes about 0.05 % of the pixels at this resolution, so the bar sits below that.
     */
    private static final double TOLERANCE = 0.0002;
    private static final int STRONG = 64;

    static Stream<String> pages() {
        Map<String, String> oneTypePerFamily = new LinkedHashMap<>();
        for (CertificateType t : ReferenceData.defaults().certificateTypes()) {
            if (Files.exists(GeneratedFiles.projectRoot().resolve("samples/certificates/" + t.code() + ".json"))) {
                oneTypePerFamily.putIfAbsent(t.formFamily(), t.code());
            }
        }
        return Stream.concat(oneTypePerFamily.values().stream(), Stream.of("application", "invoice", "slip"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageOneLooksAsCommitted(String page) throws IOException {
        boolean document = Character.isLowerCase(page.charAt(0));
        Certificate c = Samples.read(document ? "E" : page);
        RenderOptions options = Samples.fixed()
                .enterpriseSeal(SealDesign.of("深圳示例有限公司", SealKind.COMPANY, SealShape.ROUND))
                .customsSeal(SealDesign.of("中华人民共和国深圳海关", SealKind.COMPANY, SealShape.ROUND)).build();
        DocumentKind kind = document ? DocumentKind.valueOf(page.toUpperCase(java.util.Locale.ROOT)) : DocumentKind.CERTIFICATE;
        byte[] pdf = Samples.CJK.render(c, kind, options).pdf();
        String name = document ? page : ReferenceData.defaults().certificateType(page).orElseThrow().formFamily()
                .toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        looksAsCommitted(pdf, 0, name);
    }

    /** 001 §1.24 流动证明: the front with the original Form E in box 13, and the back of the sheet with the notes. */
    @ParameterizedTest(name = "page {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 1})
    void movementCertificateLooksAsCommitted(int page) throws IOException {
        byte[] pdf = Samples.CJK.render(Samples.movement(), Samples.fixed().build()).pdf();
        looksAsCommitted(pdf, page, page == 0 ? "form-e-movement" : "form-e-overleaf");
    }

    private static void looksAsCommitted(byte[] pdf, int page, String name) throws IOException {
        Path reference = GeneratedFiles.projectRoot().resolve("sdk-print/src/test/resources/reference/" + name + ".png");
        BufferedImage actual = Pdfs.grey(pdf, page, DPI);
        if (Boolean.getBoolean("coo4j.regenerate")) {
            Files.createDirectories(reference.getParent());
            ImageIO.write(actual, "png", reference.toFile());
            Path docs = GeneratedFiles.projectRoot().resolve("docs/images/" + name + ".png");
            Files.createDirectories(docs.getParent());
            ImageIO.write(Pdfs.image(pdf, page, DOCS_DPI), "png", docs.toFile());
            return;
        }
        assertThat(reference).as("reference image (regenerate with -Dcoo4j.regenerate=true)").exists();
        assertThat(strongDifferences(ImageIO.read(reference.toFile()), actual)).as(name).isLessThanOrEqualTo(TOLERANCE);
    }

    static double strongDifferences(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        long strong = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (Math.abs((a.getRGB(x, y) & 0xff) - (b.getRGB(x, y) & 0xff)) > STRONG) {
                    strong++;
                }
            }
        }
        return (double) strong / ((long) a.getWidth() * a.getHeight());
    }
}
