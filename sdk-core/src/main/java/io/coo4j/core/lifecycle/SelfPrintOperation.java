package io.coo4j.core.lifecycle;

/** Operations of self-print. */
public enum SelfPrintOperation {
    /** The customs' print layout arrived (版式接收成功). */
    RECEIVE_LAYOUT,
    /** Print the original, or original and copy (打印正本 / 正本+副本). */
    PRINT_ORIGINAL,
    /** Print a copy (打印副本): any time. */
    PRINT_COPY,
    /** Preview a copy (副本预览): any time. */
    PREVIEW_COPY,
    /** 归档. */
    ARCHIVE,
    /** A print exception for a printer fault: the original may be printed again. */
    REPORT_PRINTER_FAULT,
    /** A print exception for missing or wrong content: the customs regenerates the layout. */
    REPORT_CONTENT_FAULT
}
