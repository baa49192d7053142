package io.coo4j.print.internal;

import io.coo4j.core.CooException;
import io.coo4j.print.FontProvider;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The font of {@code sdk-print-font-sc}, read from the class or module path once per process (10 MB), if it is there.
 */
public final class BundledFont {
    public static final Optional<FontProvider> NOTO_SANS_SC = load();

    private BundledFont() {
    }

    private static Optional<FontProvider> load() {
        // the class loader, not the class: in a named module Class.getResourceAsStream searches io.coo4j.print only,
        // and the font is in sdk-print-font-sc's module
        ClassLoader loader = BundledFont.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(FontProvider.NOTO_SANS_SC_RESOURCE)) {
            return in == null ? Optional.empty()
                    : Optional.of(new FixedFont("Noto Sans SC", FontFiles.withoutVariationSequences(in.readAllBytes())));
        } catch (IOException e) {
            throw new CooException(FontProvider.NOTO_SANS_SC_RESOURCE + ": cannot read the font from the class path: "
                    + e.getMessage(), e);
        }
    }
}
