package io.coo4j.core.model;

import org.jspecify.annotations.Nullable;

/**
 * The exhibition of a China–ASEAN exhibition certificate (展览证书); appended to the consignee on print (001 §1.4).
 *
 * @param name the exhibition's name (展览会名称)
 * @param address where the exhibition is held (展览会地址)
 */
public record Exhibition(@Nullable String name, @Nullable String address) {
}
