package io.coo4j.core.lifecycle;

import io.coo4j.core.InvalidInputException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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

    /** A builder of a table named {@code name} (the name appears in every message about it). */
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

    /** Whether the table lets {@code operation} happen in {@code state}. */
    public boolean allowed(@Nullable S state, @Nullable O operation) {
        return state != null && operation != null && transitions.getOrDefault(state, Map.of()).containsKey(operation);
    }

    /** The operations allowed in {@code state}, in table order. */
    public Set<O> allowedOperations(@Nullable S state) {
        return state == null ? Set.of() : transitions.getOrDefault(state, Map.of()).keySet();
    }

    /** The state {@code operation} leads to from {@code state}, or empty when it is not allowed. */
    public Optional<S> target(@Nullable S state, @Nullable O operation) {
        return state == null || operation == null ? Optional.empty()
                : Optional.ofNullable(transitions.getOrDefault(state, Map.of()).get(operation));
    }

    /**
     * The state after {@code operation}.
     *
     * @throws IllegalTransitionException naming the state and the operation when the table does not allow it
     * @throws InvalidInputException      when {@code state} or {@code operation} is null
     */
    public S apply(S state, O operation) {
        InvalidInputException.requireArgument(state, name, "state");
        InvalidInputException.requireArgument(operation, name, "operation");
        return target(state, operation).orElseThrow(() ->
                new IllegalTransitionException(name, state, operation,
                        states.contains(state) ? "allowed: " + allowedOperations(state) : "undeclared state"));
    }

    /**
     * Builds a table; every state used in a transition must have been declared. A table that breaks this, has no
     * initial state or leads one operation from one state to two is an {@link InvalidInputException} naming it.
     */
    public static final class Builder<S, O> {
        private final String name;
        private final Set<S> states = new LinkedHashSet<>();
        private final Set<S> initial = new LinkedHashSet<>();
        private final Set<O> operations = new LinkedHashSet<>();
        private final Map<S, Map<O, S>> transitions = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = InvalidInputException.requireArgument(name, "TransitionTable.builder", "name");
        }

        /** Declares states, in the order the generated docs list them. */
        @SafeVarargs
        public final Builder<S, O> states(S... declared) {
            states.addAll(given(declared, "states", "declared"));
            return this;
        }

        /** The declared states a new record may start in. */
        @SafeVarargs
        public final Builder<S, O> initial(S... starts) {
            for (S s : given(starts, "initial", "starts")) {
                requireDeclared(s);
                initial.add(s);
            }
            return this;
        }

        /** Starts a transition for {@code operation}; finish it with {@link From#to} or {@link From#stay}. */
        public On on(O operation) {
            return new On(InvalidInputException.requireArgument(operation, name, "operation"));
        }

        /** The table; immutable. */
        public TransitionTable<S, O> build() {
            if (initial.isEmpty()) {
                throw new InvalidInputException(name, "initial", "no initial state");
            }
            return new TransitionTable<>(this);
        }

        /** The varargs as a list, or an {@link InvalidInputException} for a null array or element. */
        private List<S> given(S @Nullable [] values, String method, String argument) {
            String call = "TransitionTable.Builder." + method;
            return InvalidInputException.requireList(Arrays.asList(InvalidInputException.requireArgument(values, call,
                    argument)), call, argument);
        }

        private void requireDeclared(S s) {
            if (!states.contains(s)) {
                throw new InvalidInputException(name, "state " + s, "not declared");
            }
        }

        private void put(S from, O op, S to) {
            requireDeclared(from);
            requireDeclared(to);
            S previous = transitions.computeIfAbsent(from, k -> new LinkedHashMap<>()).put(op, to);
            if (previous != null && !previous.equals(to)) {
                throw new InvalidInputException(name, op + " from " + from, "leads to two states, " + previous + " and " + to);
            }
            operations.add(op);
        }

        /** The operation part of a transition under construction. */
        public final class On {
            private final O operation;

            private On(O operation) {
                this.operation = operation;
            }

            /** The states the operation may start from. */
            @SafeVarargs
            public final From from(S... sources) {
                return new From(operation, new LinkedHashSet<>(given(sources, "from", "sources")));
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
                InvalidInputException.requireArgument(target, "TransitionTable.Builder.From.to", "target");
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
