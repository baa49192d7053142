package io.coo4j.core.lifecycle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A lifecycle written down as an explicit table: the declared states, the initial ones, and for each
 * operation the states it may start from and the state it leads to. Nothing outside the table is
 * possible: {@link #apply} refuses an operation the table does not list for the state.
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <S> the state type (an enum, or a record combining several enums)
 * @param <O> the operation type
 * @since 0.1
 */
public final class TransitionTable<S, O> {
    private final String name;
    private final Set<S> states;
    private final Set<S> initialStates;
    private final Set<O> operations;
    private final Map<S, Map<O, S>> transitions;

    private TransitionTable(Builder<S, O> b) {
        this.name = b.name;
        this.states = Collections.unmodifiableSet(new LinkedHashSet<>(b.states));
        this.initialStates = Collections.unmodifiableSet(new LinkedHashSet<>(b.initial));
        this.operations = Collections.unmodifiableSet(new LinkedHashSet<>(b.operations));
        Map<S, Map<O, S>> t = new LinkedHashMap<>();
        b.transitions.forEach((s, m) -> t.put(s, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        this.transitions = Collections.unmodifiableMap(t);
    }

    public static <S, O> Builder<S, O> builder(String name) {
        return new Builder<>(name);
    }

    /** The lifecycle's name, used in error messages and in the generated docs. */
    public String name() {
        return name;
    }

    /** Every state the table declares, in declaration order. */
    public Set<S> states() {
        return states;
    }

    /** The states a new record starts in. */
    public Set<S> initialStates() {
        return initialStates;
    }

    /** Every operation that appears in the table. */
    public Set<O> operations() {
        return operations;
    }

    public boolean allowed(S state, O operation) {
        return transitions.getOrDefault(state, Map.of()).containsKey(operation);
    }

    /** The operations allowed in {@code state}, in table order. */
    public Set<O> allowedOperations(S state) {
        return transitions.getOrDefault(state, Map.of()).keySet();
    }

    /** The state {@code operation} leads to from {@code state}, or empty when it is not allowed. */
    public Optional<S> target(S state, O operation) {
        return Optional.ofNullable(transitions.getOrDefault(state, Map.of()).get(operation));
    }

    /**
     * The state after {@code operation}.
     *
     * @throws IllegalTransitionException naming the state and the operation when the table does not allow it
     */
    public S apply(S state, O operation) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(operation, "operation");
        return target(state, operation).orElseThrow(() ->
                new IllegalTransitionException(name, state, operation,
                        states.contains(state) ? "allowed: " + allowedOperations(state) : "undeclared state"));
    }

    /** Builds a table; every state used in a transition must have been declared. */
    public static final class Builder<S, O> {
        private final String name;
        private final Set<S> states = new LinkedHashSet<>();
        private final Set<S> initial = new LinkedHashSet<>();
        private final Set<O> operations = new LinkedHashSet<>();
        private final Map<S, Map<O, S>> transitions = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        @SafeVarargs
        public final Builder<S, O> states(S... declared) {
            Collections.addAll(states, declared);
            return this;
        }

        @SafeVarargs
        public final Builder<S, O> initial(S... starts) {
            for (S s : starts) {
                requireDeclared(s);
                initial.add(s);
            }
            return this;
        }

        /** Starts a transition for {@code operation}; finish it with {@link From#to} or {@link From#stay}. */
        public On on(O operation) {
            return new On(Objects.requireNonNull(operation, "operation"));
        }

        public TransitionTable<S, O> build() {
            if (initial.isEmpty()) {
                throw new IllegalStateException(name + ": no initial state");
            }
            return new TransitionTable<>(this);
        }

        private void requireDeclared(S s) {
            if (!states.contains(s)) {
                throw new IllegalStateException(name + ": state " + s + " is not declared");
            }
        }

        private void put(S from, O op, S to) {
            requireDeclared(from);
            requireDeclared(to);
            S previous = transitions.computeIfAbsent(from, k -> new LinkedHashMap<>()).put(op, to);
            if (previous != null && !previous.equals(to)) {
                throw new IllegalStateException(name + ": " + op + " from " + from + " leads to two states");
            }
            operations.add(op);
        }

        /** The operation part of a transition under construction. */
        public final class On {
            private final O operation;

            private On(O operation) {
                this.operation = operation;
            }

            @SafeVarargs
            public final From from(S... sources) {
                return new From(operation, Set.of(sources));
            }
        }

        /** The source part of a transition under construction. */
        public final class From {
            private final O operation;
            private final Set<S> sources;

            private From(O operation, Set<S> sources) {
                this.operation = operation;
                this.sources = sources;
            }

            /** Every source state leads to {@code target}. */
            public Builder<S, O> to(S target) {
                for (S s : sources) {
                    put(s, operation, target);
                }
                return Builder.this;
            }

            /** The operation is allowed and leaves the state as it is. */
            public Builder<S, O> stay() {
                for (S s : sources) {
                    put(s, operation, s);
                }
                return Builder.this;
            }
        }
    }
}
