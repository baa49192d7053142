package io.coo4j.core.lifecycle;

import static io.coo4j.core.lifecycle.SelfPrintOperation.*;

import io.coo4j.core.lifecycle.SelfPrintState.Archive;
import io.coo4j.core.lifecycle.SelfPrintState.Layout;
import io.coo4j.core.lifecycle.SelfPrintState.Print;

/**
 * The self-print lifecycle (003; docs/domain.md, "Self-print"): the original (or original and copy) only when the layout is
 * received, not archived and pending; copies and copy previews any time; after printing → printed,
 * archived later. A printer-fault exception re-opens printing; a content-fault exception sends the layout
 * back to the customs to be regenerated.
 */
public final class SelfPrintLifecycle {
    private static final SelfPrintState WAITING = SelfPrintState.of(Layout.RECEIVING, Archive.UNARCHIVED, Print.PENDING);
    private static final SelfPrintState READY = SelfPrintState.of(Layout.RECEIVED, Archive.UNARCHIVED, Print.PENDING);
    private static final SelfPrintState PRINTED = SelfPrintState.of(Layout.RECEIVED, Archive.UNARCHIVED, Print.PRINTED);
    private static final SelfPrintState ARCHIVED = SelfPrintState.of(Layout.RECEIVED, Archive.ARCHIVED, Print.PRINTED);

    /** The self-print (自助打印) lifecycle's states and the operations allowed in each. */
    public static final TransitionTable<SelfPrintState, SelfPrintOperation> TABLE =
            TransitionTable.<SelfPrintState, SelfPrintOperation>builder("self-print")
                    .states(WAITING, READY, PRINTED, ARCHIVED)
                    .initial(WAITING)
                    .on(RECEIVE_LAYOUT).from(WAITING).to(READY)
                    .on(PRINT_ORIGINAL).from(READY).to(PRINTED)
                    .on(PRINT_COPY).from(WAITING, READY, PRINTED, ARCHIVED).stay()
                    .on(PREVIEW_COPY).from(WAITING, READY, PRINTED, ARCHIVED).stay()
                    .on(ARCHIVE).from(PRINTED).to(ARCHIVED)
                    .on(REPORT_PRINTER_FAULT).from(PRINTED).to(READY)
                    .on(REPORT_CONTENT_FAULT).from(PRINTED).to(WAITING)
                    .build();

    private SelfPrintLifecycle() {
    }

    /** The state of a certificate just approved for self-print. */
    public static SelfPrintState initial() {
        return WAITING;
    }
}
