package io.coo4j.core.model;

/** Who issues a certificate: the customs (海关) or CCPIT (贸促会). */
public enum Issuer {
    /** The customs (海关), through the Single Window. */
    CUSTOMS("海关"),
    /** The China Council for the Promotion of International Trade (贸促会). */
    CCPIT("贸促会");

    private final String nameZh;

    Issuer(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The Chinese term for this value. */
    public String nameZh() {
        return nameZh;
    }
}
