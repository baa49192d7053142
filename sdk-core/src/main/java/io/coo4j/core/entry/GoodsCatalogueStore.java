package io.coo4j.core.entry;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.entry.internal.InMemoryGoodsStore;
import io.coo4j.core.entry.internal.JournalGoodsStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link GoodsCatalogue} keeps its entries, by code. Implement it over the ERP's own tables; coo4j has one
 * in memory ({@link #inMemory()}) and one in a journal file ({@link #journal(Path)}). Implementations are
 * thread-safe; {@link GoodsCatalogue} checks entries before it puts them, so a store keeps what it is given.
 *
 * @since 0.1
 */
public interface GoodsCatalogueStore extends AutoCloseable {
    /** The entry with this code, if kept; none for a null code. */
    Optional<GoodsCatalogueEntry> get(@Nullable String code);

    /** Keeps {@code entry}, replacing the one with its code. */
    void put(GoodsCatalogueEntry entry);

    /** Forgets the entry with this code; whether there was one (never, for a null code). */
    boolean remove(@Nullable String code);

    /** Every entry, ordered by code. */
    List<GoodsCatalogueEntry> all();

    /** Releases what the store holds (a file lock); a store in memory has nothing to release. */
    @Override
    default void close() {
    }

    /** A store in memory: gone with the process. */
    static GoodsCatalogueStore inMemory() {
        return new InMemoryGoodsStore();
    }

    /**
     * A store kept in {@code file}, an append-only journal of JSON lines (created when missing, owner-only) that is
     * read back whole on opening and locked while open, so two processes never write it. A last line a crash cut short
     * is moved to a file beside it with a warning ({@link io.coo4j.core.json.JsonLinesFile}); a damaged line, or a last
     * line without its newline that is not a cut-off write, is refused and the file left as it is. To only look
     * entries up in a file, use {@link #readJournal(Path)}. Close it when done.
     *
     * @throws io.coo4j.core.InvalidInputException naming the file and line when the journal is damaged
     * @throws io.coo4j.core.json.JsonLinesFile.LockedException when the journal is open elsewhere
     */
    static GoodsCatalogueStore journal(Path file) {
        InvalidInputException.requireArgument(file, "GoodsCatalogueStore.journal", "file");
        return JournalGoodsStore.open(file);
    }

    /**
     * A store in memory holding the entries of the journal {@code file} that {@link #journal(Path)} keeps, read without
     * changing the file: it is opened for reading only, under a shared lock while it is read, and changes to the store
     * stay in memory. For a tool that looks entries up in a user's file (the command line's goods import): a missing
     * file is not created, and a last line without its newline — a write cut off, or an edited file — is refused, not
     * cut away.
     *
     * @throws io.coo4j.core.InvalidInputException naming the file and line when the journal is damaged, a line is longer
     *                                             than {@link io.coo4j.core.json.JsonLinesFile#MAX_LINE_LENGTH} bytes or
     *                                             the last one lacks its newline
     * @throws io.coo4j.core.json.JsonLinesFile.LockedException when the journal is open for writing elsewhere
     * @throws io.coo4j.core.io.FileAccessException naming the file when it is missing or cannot be read
     */
    static GoodsCatalogueStore readJournal(Path file) {
        InvalidInputException.requireArgument(file, "GoodsCatalogueStore.readJournal", "file");
        return JournalGoodsStore.read(file);
    }
}
