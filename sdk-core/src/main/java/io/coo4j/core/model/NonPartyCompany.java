package io.coo4j.core.model;

import io.coo4j.core.validation.constraints.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * A third-party invoicing or non-party company (第三方发票 / 非缔约方公司), 001 §1.4, §1.29–1.30.
 *
 * @param name the company's name
 * @param address the company's address
 * @param country the company's country, ISO 3166-1 alpha-2
 */
public record NonPartyCompany(@Nullable String name, @Nullable String address, @CountryCode @Nullable String country) {
}
