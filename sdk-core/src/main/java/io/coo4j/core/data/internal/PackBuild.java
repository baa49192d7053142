package io.coo4j.core.data.internal;

import io.coo4j.core.Digests;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.DataPack;
import io.coo4j.core.data.PackManifest;
import io.coo4j.core.data.PackManifest.Source;
import io.coo4j.core.data.PackManifest.Table;
import io.coo4j.core.data.WorkbookReader;
import io.coo4j.core.data.internal.ConvertedTable.Origin;
import io.coo4j.core.data.internal.PackSources.AnnexProfile;
import io.coo4j.core.data.internal.PackSources.KnownSource;
import io.coo4j.core.io.BoundedInput;
import io.coo4j.core.json.CooJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One run of {@link io.coo4j.core.data.DataPackBuilder}: reads each source, writes the pack's files into a temporary
 * folder beside the target, checks the whole pack with {@link DataPack#load(Path)} (a problem there is traced back to
 * the source file and row the offending line was written from), writes the manifest and moves the folder into place
 * in one atomic rename. On any failure the temporary folder is deleted.
 */
public final class PackBuild {
    private static final long MAX_HS_BYTES = 64L * 1024 * 1024;
    private static final long MAX_ANNEX_BYTES = 32L * 1024 * 1024;
    private static final long MAX_WORKBOOK_BYTES = 64L * 1024 * 1024;
    private static final long MAX_DISTRICTS_BYTES = 8L * 1024 * 1024;
    private static final Pattern LINE = Pattern.compile("^line (\\d+)");
    private static final String UNKNOWN_SOURCE = "the source file is not one coo4j knows (its SHA-256 matches none of the"
            + " published files coo4j was tested on): its provenance is the user's";

    /** A file written into the pack: where from, and for a converted table the source row of each line (else null). */
    private record Written(Path path, String file, String source, Map<Integer, Origin> origins) {
    }

    private final Path hs;
    private final Map<String, Path> annexes;
    private final List<Path> correlations;
    private final Path districts;
    private final Path districtOverrides;
    private final WorkbookReader workbookReader;
    private final Map<String, Path> tariffs;
    private final List<Table> tables = new ArrayList<>();
    private final List<Written> written = new ArrayList<>();
    private Path temp;
    private Path target;

    public PackBuild(Path hs, Map<String, Path> annexes, List<Path> correlations, Path districts, Path districtOverrides,
                     WorkbookReader workbookReader, Map<String, Path> tariffs) {
        this.hs = hs;
        this.annexes = new java.util.LinkedHashMap<>(annexes);
        this.correlations = List.copyOf(correlations);
        this.districts = districts;
        this.districtOverrides = districtOverrides;
        this.workbookReader = workbookReader;
        this.tariffs = new java.util.TreeMap<>(tariffs);
    }

    public PackManifest build(Path out) {
        target = out.toAbsolutePath().normalize();
        boolean replaceEmpty = checkTarget();
        temp = createTemp();
        boolean done = false;
        try {
            if (hs != null) {
                copy(hs, DataPack.HS2022_FILE, PackManifests.HS, MAX_HS_BYTES,
                        "HS 2022 nomenclature: chapters, headings and subheadings (section, code, description, parent, level)", "HS2022");
            }
            annexes();
            correlations();
            if (districts != null) {
                copy(districts, DataPack.CUSTOMS_DISTRICTS_FILE, PackManifests.DISTRICTS, MAX_DISTRICTS_BYTES,
                        "customs districts (关区) that issue and collect certificates: code, name, English address, aliases", null);
            }
            if (districtOverrides != null) {
                copy(districtOverrides, DistrictsLoader.OVERRIDES, PackManifests.DISTRICT_OVERRIDES, MAX_DISTRICTS_BYTES,
                        "English application addresses replacing the districts' own", null);
            }
            tariffs.forEach((agreement, file) -> copy(file, TariffLoader.file(agreement), PackManifests.TARIFFS,
                    TariffLoader.MAX_BYTES, "tariff schedules (协定税率) of agreement " + agreement + ": importing party, HS"
                            + " code, year, rate as published, citation", null));
            PackManifest manifest = new PackManifest(PackManifest.FORMAT, tables);
            write(PackManifest.FILE, CooJson.strict().writeBytes(manifest));
            check();
            move(replaceEmpty);
            done = true;
            return manifest;
        } finally {
            if (!done) {
                delete(temp);
            }
        }
    }

    /** A table copied as published, after its rows are counted (and, on the final load, checked). */
    private void copy(Path source, String file, String kind, long max, String description, String hsEdition) {
        byte[] bytes = PackManifests.readAll(source, max, "a source of this kind");
        String sha = Digests.sha256Hex(bytes);
        int rows = PackManifests.rows(kind, bytes, source.toString());
        List<String> notes = new ArrayList<>();
        write(file, bytes);
        written.add(new Written(temp.resolve(file), file, source.toString(), null));
        tables.add(new Table(file, kind, description, hsEdition, rows, sha, source(kind, source, sha, notes), notes));
    }

    private void annexes() {
        if (annexes.isEmpty()) {
            return;
        }
        List<Table> annexTables = new ArrayList<>();
        CsvText index = new CsvText("\n");
        index.record(List.of("folder", "agreement_code", "agreement", "hs_version", "hs_version_basis", "completeness"));
        Map<Integer, Origin> indexOrigins = new HashMap<>();
        for (Map.Entry<String, Path> e : annexes.entrySet()) {
            AnnexProfile profile = PackSources.annex(e.getKey()).orElseThrow();
            Path file = e.getValue();
            byte[] bytes = PackManifests.readAll(file, MAX_ANNEX_BYTES, "an annex");
            String sha = Digests.sha256Hex(bytes);
            KnownSource known = PackSources.known(PackManifests.PSR_ANNEX, sha).orElse(null);
            String name = known != null ? known.file() : file.getFileName().toString();
            String reference = known != null && known.reference() != null ? known.reference() : name;
            ConvertedTable table = AnnexConverter.convert(bytes, file.toString(), profile, reference);
            String path = "psr/" + profile.folder() + "/psr.csv";
            write(path, table.csv());
            written.add(new Written(temp.resolve(path), path, file.toString(), table.origins()));
            List<String> notes = new ArrayList<>(table.notes());
            annexTables.add(new Table(path, PackManifests.PSR_ANNEX, "product-specific rules annex of agreement "
                    + profile.agreement() + " (" + profile.name() + ")", profile.hsVersion(), table.rows(),
                    Digests.sha256Hex(table.csv()), source(PackManifests.PSR_ANNEX, file, sha, notes), notes));
            int line = index.record(List.of(profile.folder(), profile.agreement(), profile.name(), profile.hsVersion(),
                    profile.hsVersionBasis(), profile.completeness()));
            indexOrigins.put(line, new Origin(file.toString(), ""));
        }
        byte[] bytes = index.bytes();
        write(PsrLoader.INDEX, bytes);
        written.add(new Written(temp.resolve(PsrLoader.INDEX), PsrLoader.INDEX, "the annexes", indexOrigins));
        tables.add(new Table(PsrLoader.INDEX, PackManifests.PSR_INDEX, "index of the product-specific rules annexes:"
                + " folder, agreement code and name, HS version, how complete", null, index.records() - 1,
                Digests.sha256Hex(bytes), null, List.of()));
        tables.addAll(annexTables);
    }

    private void correlations() {
        if (correlations.isEmpty()) {
            return;
        }
        WorkbookReader reader = workbookReader != null ? workbookReader : ServiceLoader.load(WorkbookReader.class,
                PackBuild.class.getClassLoader()).findFirst().orElseThrow(() -> new InvalidInputException(
                correlations.get(0).toString(), "", "reading an Excel workbook needs sdk-excel (io.coo4j:sdk-excel) on the"
                + " class path: sdk-core reads no Excel"));
        List<Table> correlationTables = new ArrayList<>();
        Map<String, Path> byFile = new HashMap<>();
        CsvText index = new CsvText("\n");
        index.record(List.of("file", "newer", "older", "pairs", "source"));
        Map<Integer, Origin> indexOrigins = new HashMap<>();
        for (Path workbook : correlations) {
            byte[] bytes = PackManifests.readAll(workbook, MAX_WORKBOOK_BYTES, "a correlation workbook");
            String sha = Digests.sha256Hex(bytes);
            CorrelationConverter.Result result = CorrelationConverter.convert(workbook, reader);
            Path other = byFile.putIfAbsent(result.fileName(), workbook);
            if (other != null) {
                throw new InvalidInputException(workbook.toString(), "", "correlates " + result.newer() + " and "
                        + result.older() + ", as " + other + " does: one table per pair of editions");
            }
            String path = "hs-correlation/" + result.fileName();
            ConvertedTable table = result.table();
            write(path, table.csv());
            written.add(new Written(temp.resolve(path), path, workbook.toString(), table.origins()));
            List<String> notes = new ArrayList<>(table.notes());
            Source source = source(PackManifests.CORRELATION, workbook, sha, notes);
            correlationTables.add(new Table(path, PackManifests.CORRELATION, "UNSD correlation between " + result.newer()
                    + " and " + result.older() + " subheadings (newer, older, relationship, ex mark)",
                    result.newer() + "+" + result.older(), table.rows(), Digests.sha256Hex(table.csv()), source, notes));
            // The publisher's file name is quoted: UNSD's names hold spaces, and may hold commas.
            int line = index.record(List.of(result.fileName(), result.newer(), result.older(), String.valueOf(table.rows()),
                    "UNSD: " + source.file()), 4);
            indexOrigins.put(line, new Origin(workbook.toString(), ""));
        }
        byte[] bytes = index.bytes();
        write(HsCorrelationLoader.INDEX, bytes);
        written.add(new Written(temp.resolve(HsCorrelationLoader.INDEX), HsCorrelationLoader.INDEX, "the workbooks", indexOrigins));
        tables.add(new Table(HsCorrelationLoader.INDEX, PackManifests.CORRELATION_INDEX, "index of the HS correlation"
                + " tables: file, editions, pairs, source", null, index.records() - 1, Digests.sha256Hex(bytes), null, List.of()));
        tables.addAll(correlationTables);
    }

    /** The manifest's record of a source: as coo4j knows the published file, else its name and SHA-256 alone. */
    private static Source source(String kind, Path file, String sha, List<String> notes) {
        return PackSources.known(kind, sha).map(KnownSource::toSource).orElseGet(() -> {
            notes.add(UNKNOWN_SOURCE);
            return new Source(publisher(kind), file.getFileName().toString(), null, null, null, null, null, sha);
        });
    }

    private static String publisher(String kind) {
        return switch (kind) {
            case PackManifests.HS -> "UN Comtrade's HS nomenclature, in the datasets/harmonized-system layout";
            case PackManifests.PSR_ANNEX -> "a GACC (海关总署) annex, in the customs JSON layout";
            case PackManifests.CORRELATION -> "United Nations Statistics Division (UNSD), HS correlation workbook";
            case PackManifests.TARIFFS -> "the user's tariff schedule, copied from the agreement or announcement each row cites";
            default -> "a Single Window issuing-authority table";
        };
    }

    /** Loads the whole pack as a user would; a problem names the source file and row the offending line came from. */
    private void check() {
        try {
            DataPack.load(temp);
        } catch (InvalidInputException e) {
            throw traced(e);
        }
    }

    private InvalidInputException traced(InvalidInputException e) {
        for (Written w : written) {
            if (!w.path().toString().equals(e.source())) {
                continue;
            }
            if (w.origins() == null) {
                return new InvalidInputException(w.source(), e.location(), e.problem(), e);
            }
            String where = "written as " + w.file() + (e.location().isEmpty() ? "" : " " + e.location());
            Matcher m = LINE.matcher(e.location());
            Origin origin = m.find() ? w.origins().get(Integer.parseInt(m.group(1))) : null;
            return origin == null ? new InvalidInputException(w.source(), where, e.problem(), e)
                    : new InvalidInputException(origin.source(), (origin.location().isEmpty() ? "" : origin.location() + " ")
                    + "(" + where + ")", e.problem(), e);
        }
        return e;
    }

    /** Whether the target is an empty folder to replace; refuses one that holds files. */
    private boolean checkTarget() {
        if (target.getParent() == null) {
            throw new InvalidInputException(target.toString(), "", "a file system root: name a folder to create");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
                if (!entries.iterator().hasNext()) {
                    return true;
                }
            } catch (IOException e) {
                throw new InvalidInputException(target.toString(), "", BoundedInput.describe(e), e);
            }
        }
        throw new InvalidInputException(target.toString(), "", "exists and is not an empty folder: a pack is built into a"
                + " new folder (remove this one or name another)");
    }

    private Path createTemp() {
        try {
            Files.createDirectories(target.getParent());
            // Beside the target, on the same file system, so that the final rename is atomic; hidden, and named for it.
            Path dir = target.resolveSibling("." + target.getFileName() + ".partial-"
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()));
            return Files.createDirectory(dir);
        } catch (IOException e) {
            throw new InvalidInputException(target.toString(), "", "cannot be written: " + BoundedInput.describe(e), e);
        }
    }

    /** Writes a file of the pack and forces it to disk, so that the renamed folder never holds a torn file. */
    private void write(String file, byte[] bytes) {
        Path path = temp.resolve(file);
        try {
            Files.createDirectories(path.getParent());
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
        } catch (IOException e) {
            throw new InvalidInputException(target.toString(), "", "cannot be written (" + file + "): "
                    + BoundedInput.describe(e), e);
        }
    }

    private void move(boolean replaceEmpty) {
        try {
            if (replaceEmpty) {
                Files.delete(target);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvalidInputException(target.toString(), "", "cannot be put in place: " + BoundedInput.describe(e), e);
        }
    }

    /** Deletes what a failed build wrote; what cannot be deleted is left, and the failure that matters is thrown. */
    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: the build's own error is the one to report
        }
    }
}
