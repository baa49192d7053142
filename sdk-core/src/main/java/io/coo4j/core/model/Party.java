package io.coo4j.core.model;

import io.coo4j.core.validation.constraints.CountryCode;
/**
 * An exporter (出口商) or consignee (收货人) as printed on the certificate: English except on ECFA.
 * Phone, fax and e-mail are required on ECFA (001 §1.9) and printed on Form H.
 */
public record Party(String name, String address, @CountryCode String country, String phone, String fax, String email) {
    public static Party of(String name, String address, String country) {
        return new Party(name, address, country, null, null, null);
    }
}
