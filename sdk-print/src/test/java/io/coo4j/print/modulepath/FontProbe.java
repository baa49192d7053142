package io.coo4j.print.modulepath;

import io.coo4j.print.FontProvider;

/**
 * Run by {@code ModulePathFontTest} in a JVM of its own, from the class path (a package of its own: {@code
 * io.coo4j.print} belongs to the named module there), with sdk-print and sdk-print-font-sc on the module path.
 */
public final class FontProbe {
    private FontProbe() {
    }

    /**
     * Prints the module {@link FontProvider} was loaded from and the name of {@link FontProvider#automatic()}.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.out.println("module=" + FontProvider.class.getModule().getName());
        System.out.println("font=" + FontProvider.automatic().name());
    }
}
