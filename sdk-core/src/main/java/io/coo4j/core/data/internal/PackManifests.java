package io.coo4j.core.data.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.coo4j.core.Digests;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.PackManifest;
import io.coo4j.core.data.PackManifest.Table;
import io.coo4j.core.io.BoundedInput;
import io.coo4j.core.json.CooJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads {@code pack.json}, checks a pack's files against it, and counts a table's rows as the manifest counts them. */
public final class PackManifests {
    /** The kinds of table a manifest lists. */
    public static final String HS = "hs-nomenclature";
    public static final String PSR_INDEX = "psr-index";
    public static final String PSR_ANNEX = "psr-annex";
    public static final String CORRELATION_INDEX = "hs-correlation-index";
    public static final String CORRELATION = "hs-correlation";
    public static final String DISTRICTS = "customs-districts";
    public static final String DISTRICT_OVERRIDES = "customs-district-overrides";
    public static final String TARIFFS = "tariff-schedule";
    private static final Set<String> KINDS = Set.of(HS, PSR_INDEX, PSR_ANNEX, CORRELATION_INDEX, CORRELATION, DISTRICTS,
            DISTRICT_OVERRIDES, TARIFFS);
    /** A manifest of a few dozen tables is a few kilobytes. */
    private static final long MAX_MANIFEST_BYTES = 1024 * 1024;
    /** The largest table a pack may hold (the HS nomenclature's limit). */
    private static final long MAX_TABLE_BYTES = 64L * 1024 * 1024;
    /** Segments of letters, digits, {@code .}, {@code _} and {@code -}, joined by {@code /}; none is {@code .} or {@code ..}. */
    private static final Pattern PLAIN_PATH = Pattern.compile("(?!\\.{1,2}(/|$))[A-Za-z0-9_.-]+(/(?!\\.{1,2}(/|$))[A-Za-z0-9_.-]+)*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Deep enough for {@code psr/<folder>/psr.csv}; a pack has no deeper files. */
    private static final int MAX_DEPTH = 4;

    private PackManifests() {
    }

    public static Optional<PackManifest> read(Path folder) {
        Path file = folder.resolve(PackManifest.FILE);
        if (!CsvReader.present(file)) {
            return Optional.empty();
        }
        String source = file.toString();
        PackManifest manifest = CooJson.strict().read(readAll(file, MAX_MANIFEST_BYTES, "a pack manifest"),
                PackManifest.class, source);
        if (manifest.format() != PackManifest.FORMAT) {
            throw new InvalidInputException(source, "format", "format " + manifest.format() + " is not one this coo4j reads ("
                    + PackManifest.FORMAT + ")");
        }
        Set<String> files = new HashSet<>();
        for (int i = 0; i < manifest.tables().size(); i++) {
            Table t = manifest.tables().get(i);
            String at = "tables[" + i + "]";
            if (t == null) {
                throw new InvalidInputException(source, at, "must be an object");
            }
            if (t.file() == null || !PLAIN_PATH.matcher(t.file()).matches() || t.file().equals(PackManifest.FILE)) {
                throw new InvalidInputException(source, at + ".file", "expected a path inside the pack such as"
                        + " psr/china-korea/psr.csv (letters, digits, . _ - and /; no .. or leading /), found " + t.file());
            }
            if (!files.add(t.file())) {
                throw new InvalidInputException(source, at + ".file", t.file() + " is listed twice");
            }
            if (!KINDS.contains(t.kind())) {
                throw new InvalidInputException(source, at + ".kind", "expected one of " + String.join(", ", KINDS.stream()
                        .sorted().toList()) + ", found " + t.kind());
            }
            if (t.rows() < 0) {
                throw new InvalidInputException(source, at + ".rows", "a row count cannot be negative");
            }
            if (t.sha256() == null || !SHA256.matcher(t.sha256()).matches()) {
                throw new InvalidInputException(source, at + ".sha256", "expected 64 lower-case hex digits");
            }
            if (t.source() != null && (t.source().publisher() == null || t.source().file() == null
                    || t.source().sha256() == null || !SHA256.matcher(t.source().sha256()).matches())) {
                throw new InvalidInputException(source, at + ".source", "names its publisher, file and SHA-256");
            }
        }
        return Optional.of(manifest);
    }

    public static List<String> verify(PackManifest manifest, Path folder) {
        List<String> problems = new ArrayList<>();
        Map<String, Table> listed = new HashMap<>();
        for (Table t : manifest.tables()) {
            listed.put(t.file(), t);
            Path file = folder.resolve(t.file());
            if (!CsvReader.present(file)) {
                problems.add(t.file() + ": listed in " + PackManifest.FILE + " but missing");
                continue;
            }
            try {
                byte[] bytes = readAll(file, MAX_TABLE_BYTES, "a table of a pack");
                String sha = Digests.sha256Hex(bytes);
                if (!sha.equals(t.sha256())) {
                    problems.add(t.file() + ": SHA-256 is " + sha + ", the manifest says " + t.sha256()
                            + ": the file was changed after the pack was built");
                    continue;
                }
                int rows = rows(t.kind(), bytes, file.toString());
                if (rows != t.rows()) {
                    problems.add(t.file() + ": " + rows + " rows, the manifest says " + t.rows());
                }
            } catch (InvalidInputException e) {
                problems.add(t.file() + ": " + e.problem());
            }
        }
        for (String file : files(folder)) {
            if (!listed.containsKey(file) && !file.equals(PackManifest.FILE)) {
                problems.add(file + ": in the pack but not listed in " + PackManifest.FILE);
            }
        }
        return problems;
    }

    /** The data rows of a table as the manifest counts them: CSV records after the header, or a districts file's entries. */
    public static int rows(String kind, byte[] bytes, String source) {
        if (kind.equals(DISTRICTS) || kind.equals(DISTRICT_OVERRIDES)) {
            JsonNode entries = CooJson.strict().read(bytes, JsonNode.class, source).path("entries");
            return entries.isArray() ? entries.size() : 0;
        }
        return CsvReader.readBytes(bytes, source, csv -> {
            int n = -1; // the header is no row
            for (List<String> r; (r = csv.next()) != null; ) {
                if (!(r.size() == 1 && r.get(0).isEmpty())) {
                    n++;
                }
            }
            return Math.max(n, 0);
        });
    }

    /** The whole of a regular file, at most {@code max} bytes; errors name the file. */
    public static byte[] readAll(Path file, long max, String what) {
        try (InputStream in = BoundedInput.openRegularFile(file, max, what)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "", BoundedInput.describe(e), e);
        }
    }

    /** Every file under {@code folder} that is not a directory, as a path with {@code /}, not following links. */
    private static List<String> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
            return walk.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(folder.toString(), "", "cannot be listed: " + e.getMessage(), e);
        }
    }
}
