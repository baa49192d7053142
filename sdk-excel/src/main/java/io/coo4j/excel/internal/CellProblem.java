package io.coo4j.excel.internal;

/**
 * Why one cell could not be converted. Thrown and caught within one row's conversion, so it carries no stack
 * trace: a file with many bad cells should cost no more to read than a good one.
 */
public final class CellProblem extends Exception {
    private static final long serialVersionUID = 1L;

    public CellProblem(String problem) {
        super(problem, null, false, false);
    }
}
