package io.coo4j.core.reference;

/** Which basic-information fields a certificate type uses (docs/domain.md; 001 ch.4 §1.1–1.30). */
public enum BasicProfile {
    /** §1.1: exporter, consignee, transport, invoice, … */
    GENERAL,
    /** §1.3: general + English producer description; destination fixed to the partner. */
    KOREA_LIKE,
    /** §1.9: Korea-like + exporter phone, fax, e-mail, export declaration date, importer phone; printed in Chinese. */
    ECFA,
    /** §1.4: exhibition certificate and third-party invoice (non-party company). */
    ASEAN,
    /** §1.25–1.26: a list of invoices sharing one price term; back-to-back original-proof data. */
    RCEP,
    /** §1.29–1.30 (Ecuador, Serbia): with a non-party company the producer description is required. */
    NON_PARTY_PRODUCER,
    /** §1.17 re-export certificate (转口证明书). */
    RE_EXPORT,
    /** §1.18 processing and assembly certificate (加工装配证书). */
    PROCESSING
}
