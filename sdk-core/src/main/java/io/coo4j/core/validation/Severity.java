package io.coo4j.core.validation;

/** How bad a violation is: an ERROR makes a report invalid; a WARNING does not. */
public enum Severity {
    /** The certificate would be refused: the report is not valid. */
    ERROR,
    /** Worth a look, but the report stays valid (unless strict validation promotes it). */
    WARNING
}
