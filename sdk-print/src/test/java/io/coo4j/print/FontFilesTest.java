package io.coo4j.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.print.internal.FontFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 7: fontbox warned "Format 14 cmap table is not supported" for the bundled font at start-up and for
 * every parsed copy. The subtable is unlisted before fontbox reads the font; what fontbox uses, and the PDFs, stay
 * the same.
 */
class FontFilesTest {
    private static final String UVS = "0/5";
    private static final String SAMPLE = "中华人民共和国原产地证书 Certificate of Origin é © 1234";

    @Test
    void theBundledFontLosesOnlyItsVariationSequencesSubtable() throws IOException {
        byte[] raw = bundledAsShipped();
        byte[] bytes = FontFiles.withoutVariationSequences(raw.clone());

        try (TrueTypeFont before = parse(raw); TrueTypeFont after = parse(bytes)) {
            List<String> was = encodings(before);
            assertThat(was).as("platform 0, encoding 5: Unicode variation sequences, format 14").contains(UVS);
            assertThat(encodings(after)).isEqualTo(was.stream().filter(e -> !e.equals(UVS)).toList());
            CmapLookup glyphs = before.getUnicodeCmapLookup();
            CmapLookup prepared = after.getUnicodeCmapLookup();
            SAMPLE.codePoints().forEach(cp -> assertThat(prepared.getGlyphId(cp)).as(Character.toString(cp))
                    .isEqualTo(glyphs.getGlyphId(cp)).isPositive());
        }
        assertThat(bytes).hasSameSizeAs(raw);
    }

    @Test
    void aCertificatePrintsTheSameWithTheFontAsShippedOrPrepared() throws IOException {
        byte[] raw = bundledAsShipped();
        PdfRenderer shipped = PdfRenderer.builder().fonts(provider(raw)).build();

        assertThat(Samples.CJK.render(Samples.read("E"), Samples.fixed().build()).pdf())
                .isEqualTo(shipped.render(Samples.read("E"), Samples.fixed().build()).pdf());
    }

    @Test
    void bytesThatAreNotOneTrueTypeFontAreLeftAlone() {
        byte[][] others = {new byte[0], new byte[11], latin1("OTTO\0\1\0\0\0\0\0\0"), latin1("ttcf\0\1\0\0\0\0\0\1"),
                {0, 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 'c', 'm', 'a', 'p'}}; // CFF, a collection, records cut off
        for (byte[] bytes : others) {
            assertThat(FontFiles.withoutVariationSequences(bytes.clone())).isEqualTo(bytes);
        }
    }

    private static byte[] bundledAsShipped() throws IOException {
        try (InputStream in = FontProvider.class.getClassLoader().getResourceAsStream(FontProvider.NOTO_SANS_SC_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    /** The cmap's subtables as platform/encoding. */
    private static List<String> encodings(TrueTypeFont font) throws IOException {
        return Arrays.stream(font.getCmap().getCmaps())
                .map(c -> c.getPlatformId() + "/" + c.getPlatformEncodingId()).toList();
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static FontProvider provider(byte[] bytes) {
        return new FontProvider() {
            @Override
            public String name() {
                return "Noto Sans SC as shipped";
            }

            @Override
            public Optional<byte[]> trueType() {
                return Optional.of(bytes);
            }
        };
    }
}
