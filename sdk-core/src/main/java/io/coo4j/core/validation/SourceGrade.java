package io.coo4j.core.validation;

/**
 * What a rule stands on, which decides how hard it may bite: only a rule the customs themselves state — in
 * their manuals, their message schema or an official text — may refuse a certificate. A rule coo4j took from
 * another implementation, or inferred, only warns: refusing what the customs accept would cost the exporter
 * a shipment for coo4j's guess.
 *
 * @since 0.1
 */
public enum SourceGrade {
    /** The Single Window and CCPIT user manuals (单一窗口 原产地证书 manuals), cited by section with their Chinese words. */
    SEED,
    /**
     * The customs import-message schema of GACC announcement 2022 No. 1: a required element, a length, or its
     * annotation 申报为必填项 (required on declaring).
     */
    SCHEMA,
    /** An official text: an agreement, its certificate form, a GACC or MOFCOM announcement, a national standard. */
    OFFICIAL,
    /** Another implementation's choice (a third-party Single Window integration or editor). */
    PEER,
    /** coo4j's own inference from the forms or from common practice. */
    INFERRED;

    /** Whether a rule of this grade may be an ERROR: the customs, or an official text, say so. */
    public boolean authoritative() {
        return this == SEED || this == SCHEMA || this == OFFICIAL;
    }
}
