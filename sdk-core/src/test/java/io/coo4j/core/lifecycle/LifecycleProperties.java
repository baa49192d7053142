package io.coo4j.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Every lifecycle table: random sequences of operations (allowed or not) never reach a state the table
 * does not declare, a refused operation leaves the state as it was and names both, and every declared
 * state is reachable from an initial one.
 */
class LifecycleProperties {
    static final List<TransitionTable<?, ?>> TABLES = List.of(CertificateLifecycle.TABLE, AgentRecordLifecycle.TABLE,
            PreReviewLifecycle.TABLE, VerificationLifecycle.TABLE, BlankFormLifecycle.TABLE, SupplementLifecycle.TABLE,
            SelfPrintLifecycle.TABLE, GoodsFilingLifecycle.TABLE);

    @Provide
    Arbitrary<Tuple2<Integer, List<Integer>>> tableAndOperations() {
        return Arbitraries.integers().between(0, TABLES.size() - 1)
                .flatMap(t -> Arbitraries.integers().between(0, 63).list().ofMaxSize(60).map(ops -> Tuple.of(t, ops)));
    }

    @Property(tries = 400)
    void randomSequencesStayInDeclaredStates(@ForAll("tableAndOperations") Tuple2<Integer, List<Integer>> run) {
        walk(TABLES.get(run.get1()), run.get2());
    }

    private static <S, O> void walk(TransitionTable<S, O> table, List<Integer> choices) {
        List<O> ops = new ArrayList<>(table.operations());
        S state = table.initialStates().iterator().next();
        for (int choice : choices) {
            O op = ops.get(choice % ops.size());
            S before = state;
            if (table.allowed(state, op)) {
                state = table.apply(state, op);
                assertThat(table.states()).as(table.name() + " after " + op).contains(state);
                assertThat(table.target(before, op)).contains(state);
            } else {
                // A refused operation leads nowhere: apply refuses it naming both, and no other view of the table allows it.
                assertThatThrownBy(() -> table.apply(before, op))
                        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                            assertThat(e.lifecycle()).isEqualTo(table.name());
                            assertThat(e.state()).isEqualTo(String.valueOf(before));
                            assertThat(e.operation()).isEqualTo(String.valueOf(op));
                        });
                assertThat(table.target(before, op)).isEmpty();
                assertThat(table.allowedOperations(before)).doesNotContain(op);
            }
        }
    }

    @Example
    void everyDeclaredStateIsReachable() {
        TABLES.forEach(LifecycleProperties::assertAllReachable);
    }

    private static <S, O> void assertAllReachable(TransitionTable<S, O> table) {
        Set<S> seen = new HashSet<>(table.initialStates());
        Deque<S> todo = new ArrayDeque<>(table.initialStates());
        while (!todo.isEmpty()) {
            S s = todo.pop();
            for (O op : table.allowedOperations(s)) {
                S next = table.apply(s, op);
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        assertThat(seen).as(table.name()).containsExactlyInAnyOrderElementsOf(table.states());
    }

    /** Pre-review with the enterprise-wide rule: while one record is pending, the blocked operations fail. */
    @Property(tries = 300)
    void pendingSubmissionBlocksEveryOtherOperation(@ForAll("preReviewRuns") List<Tuple2<Integer, Integer>> steps) {
        List<PreReviewState> records = new ArrayList<>(List.of(PreReviewLifecycle.initial(), PreReviewLifecycle.initial()));
        PreReviewOperation[] ops = PreReviewOperation.values();
        for (Tuple2<Integer, Integer> step : steps) {
            int i = step.get1();
            PreReviewOperation op = ops[step.get2() % ops.length];
            boolean pendingElsewhere = records.get(1 - i).pending();
            boolean allowed = PreReviewLifecycle.allowed(records.get(i), op, pendingElsewhere);
            if (pendingElsewhere && op.blockedByPendingSubmission()) {
                assertThat(allowed).isFalse();
            }
            if (allowed) {
                records.set(i, PreReviewLifecycle.apply(records.get(i), op, pendingElsewhere));
            } else {
                PreReviewState before = records.get(i);
                assertThatThrownBy(() -> PreReviewLifecycle.apply(before, op, pendingElsewhere))
                        .isInstanceOf(IllegalTransitionException.class);
            }
            assertThat(PreReviewLifecycle.TABLE.states()).contains(records.get(i));
        }
    }

    @Provide
    Arbitrary<List<Tuple2<Integer, Integer>>> preReviewRuns() {
        return Arbitraries.integers().between(0, 1).flatMap(i -> Arbitraries.integers().between(0, 31).map(o -> Tuple.of(i, o)))
                .list().ofMaxSize(50);
    }
}
