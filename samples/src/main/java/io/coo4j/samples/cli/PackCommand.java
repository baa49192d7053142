package io.coo4j.samples.cli;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.data.DataPack;
import io.coo4j.core.data.DataPackBuilder;
import io.coo4j.core.data.PackManifest;
import io.coo4j.core.data.PackManifest.Table;
import io.coo4j.excel.ExcelWorkbookReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coo pack build|verify|info}: a data pack (数据包) built from the publishers' own files, checked against its
 * manifest, or described. Exit 1 when {@code verify} finds a file that differs from the manifest or a row that does
 * not load; 2 when a source cannot be read or converted (the message names its file, row and column) or a folder is no
 * built pack.
 */
@Command(name = "pack", description = "Data packs: build one from the publishers' files, verify one against its manifest,"
        + " print its manifest.", subcommands = {PackCommand.Build.class, PackCommand.Verify.class, PackCommand.Info.class})
final class PackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("coo pack: name what to do: build, verify or info (coo help pack)");
        return Coo.USAGE;
    }

    /** What every subcommand takes: the output format. */
    abstract static class Subcommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
                defaultValue = "text")
        CommonOptions.Format format;

        boolean json() {
            return format == CommonOptions.Format.json;
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    /** A subcommand on a built pack, which has a manifest. */
    abstract static class OnPack extends Subcommand {
        @Parameters(paramLabel = "DIR", description = "The pack folder.")
        Path dir;

        /** The manifest of {@code dir}; a folder without one is no built pack, and says so. */
        PackManifest manifest() {
            if (!java.nio.file.Files.isDirectory(dir)) {
                throw new InvalidInputException(dir.toString(), "", "not a folder");
            }
            return PackManifest.read(dir).orElseThrow(() -> new InvalidInputException(dir.toString(), "", "has no "
                    + PackManifest.FILE + ": not a pack built by coo pack build (a pack laid out by hand has no manifest)"));
        }
    }

    @Command(name = "build", description = "Builds a data pack into a new folder from the publishers' files, each in its"
            + " own format; writes pack.json. A failed build leaves nothing behind.")
    static final class Build extends Subcommand {
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The pack folder to create (new or empty).")
        Path out;

        @Option(names = "--hs", paramLabel = "FILE", description = "harmonized-system.csv of datasets/harmonized-system (HS 2022).")
        Path hs;

        @Option(names = "--annex", paramLabel = "AGREEMENT=FILE", description = "A PSR annex in the customs JSON layout, e.g."
                + " 19=korea.json; repeat for each agreement whose annex coo4j knows (19, 12, 16, 15, 10).")
        List<String> annexes = new ArrayList<>();

        @Option(names = "--correlation", paramLabel = "FILE", arity = "1..*",
                description = "UNSD correlation workbooks (.xlsx or .xls), e.g. HS2022toHS2017ConversionAndCorrelationTables.xlsx.")
        List<Path> correlations = new ArrayList<>();

        @Option(names = "--districts", paramLabel = "FILE", description = "customs_coo_issuing_authorities.json.")
        Path districts;

        @Option(names = "--district-overrides", paramLabel = "FILE",
                description = "customs_coo_issuing_authorities.address_overrides.json (with --districts).")
        Path districtOverrides;

        @Option(names = "--tariffs", paramLabel = "AGREEMENT=FILE", description = "Your tariff schedule of an agreement in"
                + " the pack's CSV layout (importing_country,hs_code,year,rate,citation), e.g. 19=korea-rates.csv.")
        List<String> tariffs = new ArrayList<>();

        @Override
        public Integer call() {
            DataPackBuilder builder = DataPack.builder().workbookReader(new ExcelWorkbookReader());
            if (hs != null) {
                builder.hs(hs);
            }
            annexes.forEach(annex -> byAgreement("--annex", annex, builder::annex));
            tariffs.forEach(schedule -> byAgreement("--tariffs", schedule, builder::tariffs));
            correlations.forEach(builder::correlation);
            if (districts != null) {
                builder.districts(districts);
            }
            if (districtOverrides != null) {
                builder.districtOverrides(districtOverrides);
            }
            long start = System.nanoTime();
            PackManifest manifest = builder.build(out);
            long millis = (System.nanoTime() - start) / 1_000_000;
            PrintWriter o = out();
            if (json()) {
                Output.json(o, manifest);
                return Coo.OK;
            }
            o.printf(Locale.ROOT, "wrote %s in %.1f s: %d files, listed in %s%n", out, millis / 1000.0,
                    manifest.tables().size(), PackManifest.FILE);
            print(o, manifest, false);
            o.flush();
            return Coo.OK;
        }
    }

    /** Splits an {@code AGREEMENT=FILE} value of {@code option} and hands both to {@code add}. */
    private static void byAgreement(String option, String value, java.util.function.BiConsumer<String, Path> add) {
        int eq = value.indexOf('=');
        if (eq <= 0 || eq == value.length() - 1) {
            throw new InvalidInputException(option, "", "expected AGREEMENT=FILE, e.g. 19=korea.json, found \"" + value + "\"");
        }
        add.accept(value.substring(0, eq), Path.of(value.substring(eq + 1)));
    }

    @Command(name = "verify", description = "Checks every file of a pack against its pack.json (SHA-256, rows, nothing"
            + " unlisted), then loads every row as the SDK does.")
    static final class Verify extends OnPack {
        /** The JSON answer. */
        record Answer(String folder, boolean ok, int files, List<String> problems) {
        }

        @Override
        public Integer call() {
            PackManifest manifest = manifest();
            List<String> problems = new ArrayList<>(manifest.verify(dir));
            if (problems.isEmpty()) {
                try {
                    DataPack.load(dir);
                } catch (InvalidInputException e) {
                    problems.add(e.getMessage());
                }
            }
            PrintWriter o = out();
            if (json()) {
                Output.json(o, new Answer(dir.toString(), problems.isEmpty(), manifest.tables().size(), problems));
            } else if (problems.isEmpty()) {
                o.println(dir + ": OK, " + manifest.tables().size() + " files as " + PackManifest.FILE
                        + " lists them, every row loads");
            } else {
                o.println(dir + ": " + problems.size() + " problem(s)");
                problems.forEach(p -> o.println("  " + p));
            }
            o.flush();
            return problems.isEmpty() ? Coo.OK : Coo.INVALID;
        }
    }

    @Command(name = "info", description = "Prints a pack's manifest: each table, its HS edition, rows, source and notes.")
    static final class Info extends OnPack {
        @Override
        public Integer call() {
            PackManifest manifest = manifest();
            PrintWriter o = out();
            if (json()) {
                Output.json(o, manifest);
                return Coo.OK;
            }
            o.println(dir + ": " + manifest.tables().size() + " files (" + PackManifest.FILE + " format "
                    + manifest.format() + ")");
            print(o, manifest, true);
            o.flush();
            return Coo.OK;
        }
    }

    private static void print(PrintWriter o, PackManifest manifest, boolean details) {
        for (Table t : manifest.tables()) {
            o.printf(Locale.ROOT, "  %-62s %7d rows  %-13s %s%n", t.file(), t.rows(), t.hsEdition() == null ? "" : t.hsEdition(),
                    t.source() == null ? "(written by coo4j)" : "from " + t.source().file());
            if (!details) {
                continue;
            }
            o.println("      " + t.description() + "; SHA-256 " + t.sha256());
            if (t.source() != null) {
                PackManifest.Source s = t.source();
                o.println("      source: " + s.publisher());
                if (s.repository() != null) {
                    o.println("      " + s.repository() + (s.commit() == null ? "" : "@" + s.commit())
                            + (s.path() == null ? "" : ":" + s.path()));
                }
                if (s.url() != null) {
                    o.println("      " + s.url());
                }
                o.println("      " + (s.date() == null ? "" : "dated " + s.date() + ", ") + "SHA-256 " + s.sha256());
            }
            t.notes().forEach(n -> o.println("      - " + n));
        }
    }
}
