package io.coo4j.client;

import io.coo4j.core.InvalidInputException;

/**
 * What a {@link CooClientListener} is told about a call: its operation and its request. One call is one operation,
 * however many attempts it takes. Immutable.
 *
 * @param operation the call's stable name, {@code area.operation} after the sub-client and its method (the
 *                  {@code Async} form named as the other): {@code certificates.declare} ({@link Certificates#declare(
 *                  io.coo4j.core.model.Certificate)}), {@code certificates.declareSaved} ({@link
 *                  Certificates#declare(String)}), {@code certificates.status}, {@code selfPrint.seals.add}. Overloads
 *                  that make the same call share its name ({@code selfPrint.exceptions} with or without a query); one
 *                  that makes another call adds what tells it apart ({@code certificates.declareSaved},
 *                  {@code supplements.listQuery}). Names do not change between releases; bounded in number, so a
 *                  metric may use them as a tag
 * @param method    the HTTP method
 * @param path      the path below the endpoint, e.g. {@code /certificates/E254565009990001/status}: it names records
 *                  (numbers, ids), so it is for logs and traces, not a metric's tag
 * @since 0.1
 */
public record CallInfo(String operation, String method, String path) {
    /** Checks that every component is given: an {@link InvalidInputException} names the one missing. */
    public CallInfo {
        InvalidInputException.requireArgument(operation, "CallInfo", "operation");
        InvalidInputException.requireArgument(method, "CallInfo", "method");
        InvalidInputException.requireArgument(path, "CallInfo", "path");
    }
}
