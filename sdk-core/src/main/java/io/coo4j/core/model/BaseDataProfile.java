package io.coo4j.core.model;

/**
 * A base-data profile (002): a user-chosen {@code code} of 3–8 letters or digits naming an exporter,
 * importer, producer or special clause. Phone ≤ 20 digits and symbols; bank account 19 letters or
 * digits; {@code text} is the clause of a special-clause profile.
 */
public record BaseDataProfile(
        BaseDataKind kind,
        String code,
        String name,
        String address,
        String country,
        String phone,
        String fax,
        String email,
        String bankAccount,
        String text) {
}
