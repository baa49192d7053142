package io.coo4j.core.model;

import org.jspecify.annotations.Nullable;

/** The exhibition of a China–ASEAN exhibition certificate (展览证书); appended to the consignee on print (001 §1.4). */
public record Exhibition(@Nullable String name, @Nullable String address) {
}
