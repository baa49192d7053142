package io.coo4j.core.data;

import io.coo4j.core.InvalidInputException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Correlation between editions of the Harmonized System (协调制度版本对照) at six digits: UNSD's tables of which
 * subheadings of one edition correspond to which of another, as a data pack's {@code hs-correlation/} folder holds them
 * (one file per pair of editions, listed in its {@code index.csv}). It answers, for a code of one edition, the codes of
 * another edition it corresponds to, with UNSD's relationship ({@code 1:1}, {@code 1:n}, {@code n:1}, {@code n:n}, the
 * newer edition on the left) and its "ex" mark (the older code is only partly carried over).
 *
 * <p>An exporter classifies goods in HS 2022 while annexes are written in HS 2012 or HS 2007; this is what brings a
 * code into the annex's edition. A pair of editions the pack has a table for is answered from that table; otherwise
 * through the fewest tables that connect them (HS 2022 → HS 2017 → HS 2012). Tables are read in either direction.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HsCorrelation {
    /** UNSD's relationship labels. */
    public static final List<String> RELATIONSHIPS = List.of("1:1", "1:n", "n:1", "n:n");

    private final Map<String, Table> tables;
    private final Map<String, Map<String, Step>> graph = new LinkedHashMap<>();
    /** Answers already worked out, per pair of editions; only codes with a partner, so bounded by the tables. */
    private final Map<String, Map<String, Correspondence>> answered = new ConcurrentHashMap<>();

    /**
     * One table of the pack: its file, the two editions, UNSD's workbook it comes from, and its pairs.
     *
     * @param file   the table's file inside the pack, e.g. {@code hs-correlation/hs2022-hs2017.csv}
     * @param newer  the newer edition, e.g. {@code HS2022}
     * @param older  the older edition, e.g. {@code HS2017}
     * @param source the UNSD workbook the table was converted from
     * @param pairs  newer code to the older codes it corresponds to, in file order
     */
    public record Table(String file, String newer, String older, String source, Map<String, List<Candidate>> pairs) {
        /** Refuses a {@code null} component and copies the pairs. */
        public Table {
            InvalidInputException.requireArgument(file, "HsCorrelation.Table", "file");
            InvalidInputException.requireArgument(newer, "HsCorrelation.Table", "newer");
            InvalidInputException.requireArgument(older, "HsCorrelation.Table", "older");
            InvalidInputException.requireArgument(source, "HsCorrelation.Table", "source");
            pairs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
                    InvalidInputException.requireArgument(pairs, "HsCorrelation.Table", "pairs")));
        }
    }

    /**
     * A code of the target edition with how it corresponds: UNSD's relationship read from the asking edition's side
     * (the left side is the edition asked from), and whether the older code is only partly carried over ("ex").
     *
     * @param code         the six-digit subheading of the target edition
     * @param relationship one of {@link #RELATIONSHIPS}, the edition asked from on the left
     * @param partial      whether the older code is only partly carried over (UNSD's "ex" mark)
     */
    public record Candidate(String code, String relationship, boolean partial) {
        /** Refuses a {@code null} code or relationship. */
        public Candidate {
            InvalidInputException.requireArgument(code, "HsCorrelation.Candidate", "code");
            InvalidInputException.requireArgument(relationship, "HsCorrelation.Candidate", "relationship");
        }

        /** Whether both sides are single codes: the code moved whole, possibly renumbered. */
        public boolean oneToOne() {
            return relationship.equals("1:1");
        }
    }

    /**
     * The answer for one code: the code and the two editions, the candidates (empty when the code has no partner in
     * the tables: a code that does not exist in {@code from}, or one of UNSD's known gaps), and the tables read, each
     * as {@code file (source)}. Across several tables a candidate's relationship has an {@code n} on a side where any
     * step has one, and is partial when any step is.
     *
     * @param code       the six-digit subheading asked about
     * @param from       the edition it was asked in, e.g. {@code HS2022}
     * @param to         the edition asked for, e.g. {@code HS2012}
     * @param candidates the codes of {@code to} it corresponds to; empty when it has no partner
     * @param tables     the tables read, in order, each as {@code file (source)}; empty for the same edition
     */
    public record Correspondence(String code, String from, String to, List<Candidate> candidates, List<String> tables) {
        /** Refuses a {@code null} component and copies the candidates and tables. */
        public Correspondence {
            InvalidInputException.requireArgument(code, "HsCorrelation.Correspondence", "code");
            InvalidInputException.requireArgument(from, "HsCorrelation.Correspondence", "from");
            InvalidInputException.requireArgument(to, "HsCorrelation.Correspondence", "to");
            candidates = InvalidInputException.requireList(candidates, "HsCorrelation.Correspondence", "candidates");
            tables = InvalidInputException.requireList(tables, "HsCorrelation.Correspondence", "tables");
        }
    }

    /** One direction of one table. */
    private record Step(Table table, boolean downward, Map<String, List<Candidate>> links) {
        String label() {
            return table.file() + " (" + table.source() + ")";
        }
    }

    /**
     * The correlation between HS editions that the tables give.
     *
     * @param tables the pack's tables; each pair of editions at most once
     */
    public HsCorrelation(List<Table> tables) {
        this.tables = new LinkedHashMap<>();
        for (Table t : InvalidInputException.requireList(tables, "HsCorrelation", "tables")) {
            if (t.newer().compareTo(t.older()) <= 0 || this.tables.putIfAbsent(t.newer() + ">" + t.older(), t) != null
                    || this.tables.containsKey(t.older() + ">" + t.newer())) {
                throw new InvalidInputException("HsCorrelation", "tables", "a table goes from a newer edition to an older one,"
                        + " one per pair: "
                        + t.newer() + " to " + t.older());
            }
            graph.computeIfAbsent(t.newer(), k -> new LinkedHashMap<>()).put(t.older(), new Step(t, true, t.pairs()));
            graph.computeIfAbsent(t.older(), k -> new LinkedHashMap<>()).put(t.newer(), new Step(t, false, reversed(t.pairs())));
        }
    }

    private static Map<String, List<Candidate>> reversed(Map<String, List<Candidate>> pairs) {
        Map<String, List<Candidate>> back = new HashMap<>();
        pairs.forEach((newer, olders) -> olders.forEach(c -> back.computeIfAbsent(c.code(), k -> new ArrayList<>())
                .add(new Candidate(newer, flip(c.relationship()), c.partial()))));
        back.replaceAll((k, v) -> List.copyOf(v));
        return back;
    }

    private static String flip(String relationship) {
        return relationship.charAt(2) + ":" + relationship.charAt(0);
    }

    /** The tables, in index order. */
    public List<Table> tables() {
        return List.copyOf(tables.values());
    }

    /** The editions some table covers, oldest first. */
    public List<String> editions() {
        return List.copyOf(new TreeSet<>(graph.keySet()));
    }

    /**
     * The codes of edition {@code to} that subheading {@code code} of edition {@code from} corresponds to; empty when
     * no table or chain of tables connects the two editions. The same edition answers the code itself, 1:1.
     *
     * @param code six digits (dots allowed; 8 or 10 digits are read at their subheading)
     */
    public Optional<Correspondence> correspond(String code, String from, String to) {
        InvalidInputException.requireArgument(code, "HsCorrelation.correspond", "code");
        InvalidInputException.requireArgument(from, "HsCorrelation.correspond", "from");
        InvalidInputException.requireArgument(to, "HsCorrelation.correspond", "to");
        String six = code.replace(".", "");
        six = six.length() > 6 ? six.substring(0, 6) : six;
        if (from.equals(to)) {
            return Optional.of(new Correspondence(six, from, to, List.of(new Candidate(six, "1:1", false)), List.of()));
        }
        Map<String, Correspondence> known = answered.get(from + ">" + to);
        Correspondence done = known == null ? null : known.get(six);
        if (done != null) {
            return Optional.of(done);
        }
        List<Step> path = path(from, to);
        if (path == null) {
            return Optional.empty();
        }
        Correspondence c = follow(six, from, to, path);
        if (!c.candidates().isEmpty()) {
            answered.computeIfAbsent(from + ">" + to, k -> new ConcurrentHashMap<>()).put(six, c);
        }
        return Optional.of(c);
    }

    private static Correspondence follow(String six, String from, String to, List<Step> path) {
        Map<String, Candidate> current = new LinkedHashMap<>();
        current.put(six, new Candidate(six, "1:1", false));
        for (Step step : path) {
            Map<String, Candidate> next = new LinkedHashMap<>();
            for (Candidate c : current.values()) {
                for (Candidate d : step.links().getOrDefault(c.code(), List.of())) {
                    Candidate joined = new Candidate(d.code(), join(c.relationship(), d.relationship()), c.partial() || d.partial());
                    next.merge(d.code(), joined, (a, b) -> new Candidate(a.code(), join(a.relationship(), b.relationship()),
                            a.partial() || b.partial()));
                }
            }
            current = next;
        }
        return new Correspondence(six, from, to, List.copyOf(current.values()), path.stream().map(Step::label).toList());
    }

    /** A side is n where either relationship has n on it. */
    private static String join(String a, String b) {
        char left = a.charAt(0) == 'n' || b.charAt(0) == 'n' ? 'n' : '1';
        char right = a.charAt(2) == 'n' || b.charAt(2) == 'n' ? 'n' : '1';
        return left + ":" + right;
    }

    /** The fewest tables from one edition to another (a direct table when there is one), or null. */
    private List<Step> path(String from, String to) {
        Map<String, Step> via = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        via.put(from, null);
        while (!queue.isEmpty()) {
            String edition = queue.poll();
            if (edition.equals(to)) {
                List<Step> path = new ArrayList<>();
                for (Step s = via.get(to); s != null; s = via.get(s.downward() ? s.table().newer() : s.table().older())) {
                    path.add(0, s);
                }
                return path;
            }
            graph.getOrDefault(edition, Map.of()).forEach((next, step) -> {
                if (!via.containsKey(next)) {
                    via.put(next, step);
                    queue.add(next);
                }
            });
        }
        return null;
    }
}
