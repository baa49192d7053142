package io.coo4j.client.message;

import io.coo4j.core.InvalidInputException;
import java.util.List;

/**
 * A certificate that cannot be written as the customs import message as it is: a value too long for its
 * element, a code the message has no value for, a required element without a value. Nothing is written
 * and nothing is cut short; {@link #problems()} lists every reason, and the message names the first with
 * its JSON path and element. Immutable.
 *
 * @since 0.1
 */
public class MessageValidationException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final transient List<MessageProblem> problems;

    /**
     * The problems found in one message; the first one's JSON path is the location.
     *
     * @param source   the message's name, as in {@link InvalidInputException}
     * @param problems at least one
     */
    public MessageValidationException(String source, List<MessageProblem> problems) {
        super(source, problems.get(0).jsonPath(), describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<MessageProblem> problems) {
        MessageProblem first = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem(s))" : "";
        return first.element() + ": " + first.problem() + more;
    }

    /** Every reason the certificate cannot be written, in the order of the message's elements; at least one. */
    public List<MessageProblem> problems() {
        return problems;
    }
}
