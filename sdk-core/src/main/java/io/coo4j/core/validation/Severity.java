package io.coo4j.core.validation;

/** How bad a violation is: an ERROR makes a report invalid; a WARNING does not. */
public enum Severity {
    ERROR,
    WARNING
}
