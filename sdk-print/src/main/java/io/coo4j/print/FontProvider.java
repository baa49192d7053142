package io.coo4j.print;

import io.coo4j.core.CooException;
import io.coo4j.core.InvalidInputException;
import io.coo4j.print.internal.BundledFont;
import io.coo4j.print.internal.FixedFont;
import io.coo4j.print.internal.FontFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the renderers get the font for printed text (字体). Every document embeds a subset of the font, so a one-page
 * certificate stays small. Without a TrueType font of your own the Latin font is used: Liberation Sans, the copy
 * PDFBox ships, metric-compatible with Helvetica; Latin text prints (the characters of WinAnsiEncoding, as with the
 * PDF standard Helvetica), and Chinese text is refused with a clear error. With one (the optional
 * {@code sdk-print-font-sc} artifact, or your own file) the document prints in it.
 *
 * <p>Implementations must be thread-safe; the renderer calls {@link #trueType()} once when it is built.
 *
 * @since 0.1
 */
public interface FontProvider {

    /**
     * The resource {@code sdk-print-font-sc} provides, named as {@link ClassLoader#getResource} takes it (no leading
     * slash): on the module path only a class loader sees it, {@code Class.getResource} looks in the caller's module.
     */
    String NOTO_SANS_SC_RESOURCE = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    /** A name for messages. */
    String name();

    /** The TrueType font file's bytes (glyph outlines, not CFF), or empty for the Latin font. */
    Optional<byte[]> trueType();

    /**
     * Latin only: Liberation Sans, the font PDFBox ships, which has Helvetica's metrics. Not the standard 14 Helvetica
     * itself: PDFBox stands a system font in for that one and warns on every document where the system has none.
     */
    static FontProvider standard() {
        return new FixedFont("Liberation Sans (Latin only)", null);
    }

    /** Noto Sans SC from {@code sdk-print-font-sc}; fails if that artifact is not on the class path. */
    static FontProvider notoSansSc() {
        return bundled().orElseThrow(() -> new CooException(
                "Noto Sans SC is not on the class path: add io.coo4j:sdk-print-font-sc, or use FontProvider.trueType(file)"));
    }

    /** A TrueType font file of your own. */
    static FontProvider trueType(Path file) {
        InvalidInputException.requireArgument(file, "FontProvider.trueType", "file");
        try {
            return new FixedFont(file.getFileName().toString(),
                    FontFiles.withoutVariationSequences(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "", "cannot read the font: " + e.getMessage(), e);
        }
    }

    /** Noto Sans SC when {@code sdk-print-font-sc} is on the class or module path, otherwise {@link #standard()}. */
    static FontProvider automatic() {
        return bundled().orElseGet(FontProvider::standard);
    }

    private static Optional<FontProvider> bundled() {
        return BundledFont.NOTO_SANS_SC;
    }
}
