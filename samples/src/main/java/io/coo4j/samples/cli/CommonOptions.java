package io.coo4j.samples.cli;

import io.coo4j.core.data.DataPack;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes: the output format and the data pack. */
final class CommonOptions {
    enum Format { text, json }

    @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "text")
    Format format;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data pack folder (HS nomenclature, …); default: the COO4J_DATA environment variable.")
    Path data;

    boolean json() {
        return format == Format.json;
    }

    /** The data pack named by --data, else by COO4J_DATA, else none. */
    DataPack dataPack() {
        return data != null ? DataPack.load(data) : DataPack.fromEnvironment();
    }
}
