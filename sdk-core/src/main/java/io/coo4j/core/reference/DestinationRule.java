package io.coo4j.core.reference;

/** Where a certificate type may be destined. */
public enum DestinationRule {
    /** Any country or region. */
    ANY,
    /** A partner of the type's agreement(s) (K → KR; E → ASEAN members; …). */
    AGREEMENT_PARTNER,
    /** One of the type's listed countries (GSP granting countries, Mexico for AD, …). */
    LISTED
}
