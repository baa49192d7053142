package io.coo4j.excel.internal;

import io.coo4j.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a workbook file for reading after checking that it is safe to read: an Excel workbook ({@code .xlsx} or
 * legacy {@code .xls}), not encrypted, without macros, and not a zip bomb. Every refusal is an
 * {@link InvalidInputException} that names the file and says what to do.
 *
 * <p>The zip check inflates every entry once, counting bytes, before the reader sees it: an entry's declared size
 * can lie, and the streaming reader would otherwise inflate without a bound. Limits follow POI's defaults
 * ({@code ZipSecureFile}): an entry may not grow more than 100 times its compressed size once past 1 MB.
 */
public final class WorkbookFiles {
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_ENTRY_BYTES = 1L << 30;
    static final long MAX_TOTAL_BYTES = 2L << 30;
    static final long RATIO_CHECK_FROM = 1L << 20;
    static final long MAX_RATIO = 100;
    private static final String MACRO_ADVICE = "save it as an Excel workbook without macros (.xlsx)";

    private WorkbookFiles() {
    }

    public static SheetSource open(Path file) {
        String source = file.toString();
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source, "", "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(source, "", "cannot be read: " + e.getMessage(), e);
        }
        return switch (magic) {
            case OOXML -> {
                checkZip(file);
                yield XlsxSource.open(file);
            }
            case OLE2 -> XlsSource.open(file, checkOle2(file));
            default -> throw new InvalidInputException(source, "", "is not an Excel workbook (.xlsx or .xls)");
        };
    }

    /** Refuses an encrypted or macro-carrying OLE2 file; answers the file system of a legacy workbook. */
    private static POIFSFileSystem checkOle2(Path file) {
        String source = file.toString();
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(source, "", "is damaged: " + e.getMessage(), e);
        }
        DirectoryNode root = fs.getRoot();
        String refusal = null;
        if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
            refusal = "is encrypted (password-protected); save it without a password";
        } else if (root.hasEntryCaseInsensitive("_VBA_PROJECT_CUR") || root.hasEntryCaseInsensitive("Macros")) {
            refusal = "contains macros; " + MACRO_ADVICE;
        } else if (!root.hasEntryCaseInsensitive("Workbook") && !root.hasEntryCaseInsensitive("Book")) {
            refusal = "is not an Excel workbook (.xlsx or .xls)";
        }
        if (refusal != null) {
            closeQuietly(fs);
            throw new InvalidInputException(source, "", refusal);
        }
        return fs;
    }

    private static void checkZip(Path file) {
        String source = file.toString();
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            int count = 0;
            long total = 0;
            for (Enumeration<ZipArchiveEntry> en = zip.getEntries(); en.hasMoreElements(); ) {
                ZipArchiveEntry e = en.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new InvalidInputException(source, "", "has more than " + MAX_ENTRIES + " parts; not a goods workbook");
                }
                String name = e.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin")) {
                    throw new InvalidInputException(source, "", "contains macros (" + e.getName() + "); " + MACRO_ADVICE);
                }
                if (name.equals("[content_types].xml") && contentTypes(zip, e).contains("macroEnabled")) {
                    throw new InvalidInputException(source, "", "is a macro-enabled workbook (.xlsm); " + MACRO_ADVICE);
                }
                total += inflatedSize(zip, e, source);
                if (total > MAX_TOTAL_BYTES) {
                    throw bomb(source, "its parts inflate to more than " + MAX_TOTAL_BYTES + " bytes");
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException iie) {
                throw iie;
            }
            throw new InvalidInputException(source, "", "is damaged (not a readable zip): " + e.getMessage(), e);
        }
    }

    private static String contentTypes(ZipFile zip, ZipArchiveEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        }
    }

    private static long inflatedSize(ZipFile zip, ZipArchiveEntry e, String source) throws IOException {
        long compressed = Math.max(1, e.getCompressedSize());
        byte[] buffer = new byte[64 * 1024];
        long n = 0;
        try (InputStream in = zip.getInputStream(e)) {
            for (int r; (r = in.read(buffer)) > 0; ) {
                n += r;
                if (n > MAX_ENTRY_BYTES) {
                    throw bomb(source, e.getName() + " inflates to more than " + MAX_ENTRY_BYTES + " bytes");
                }
                if (n > RATIO_CHECK_FROM && n / compressed > MAX_RATIO) {
                    throw bomb(source, e.getName() + " inflates more than " + MAX_RATIO + " times its compressed size");
                }
            }
        }
        return n;
    }

    private static InvalidInputException bomb(String source, String why) {
        return new InvalidInputException(source, "", "looks like a zip bomb: " + why + "; refused");
    }

    static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing a file opened read-only: nothing was written that could be lost
        }
    }
}
