package io.coo4j.core.lifecycle;

import io.coo4j.core.testing.GeneratedFiles;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/lifecycles.md is the transition tables as they are in the code. */
class LifecycleDocsTest {
    @Test
    void lifecyclesDocumentIsGeneratedFromTheTables() {
        StringBuilder b = new StringBuilder("# Lifecycles\n\nGenerated from the transition tables in `io.coo4j.core.lifecycle` by ")
                .append("`LifecycleDocsTest` (regenerate with `mvn test -Dcoo4j.regenerate=true`). Each row: an operation, the ")
                .append("states it may start from, and the state it leads to (`=` for \"unchanged\"). Anything not listed is ")
                .append("refused with an `IllegalTransitionException` naming the state and the operation.\n");
        for (TransitionTable<?, ?> t : LifecycleProperties.TABLES) {
            append(b, t);
        }
        b.append("\nProduct pre-review, in addition: while any record of the enterprise is submitted and not yet reviewed, ")
                .append("no add, modify, change, cancel, restore or delete is allowed (001 ch.6).\n");
        GeneratedFiles.check("docs/lifecycles.md", b.toString());
    }

    private static <S, O> void append(StringBuilder b, TransitionTable<S, O> t) {
        b.append("\n## ").append(t.name()).append("\n\nStates: ").append(t.states().stream().map(LifecycleDocsTest::label)
                .collect(Collectors.joining(", "))).append(". Initial: ").append(t.initialStates().stream()
                .map(String::valueOf).collect(Collectors.joining(", "))).append(".\n\n| operation | from | to |\n|---|---|---|\n");
        for (O op : t.operations()) {
            Map<String, List<String>> byTarget = new TreeMap<>();
            for (S s : t.states()) {
                t.target(s, op).ifPresent(to -> byTarget.computeIfAbsent(to.equals(s) ? "=" : String.valueOf(to),
                        k -> new java.util.ArrayList<>()).add(String.valueOf(s)));
            }
            byTarget.forEach((to, from) -> b.append("| ").append(op).append(" | ").append(String.join(", ", from))
                    .append(" | ").append(to).append(" |\n"));
        }
    }

    private static String label(Object state) {
        try {
            Object zh = state.getClass().getMethod("nameZh").invoke(state);
            return state + " (" + zh + ")";
        } catch (ReflectiveOperationException e) {
            return String.valueOf(state);
        }
    }

}
