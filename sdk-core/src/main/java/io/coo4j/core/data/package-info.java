/**
 * Data packs (数据包): tariff tables published by others that a user names as a folder — the HS 2022
 * nomenclature, product-specific rules annexes, HS correlation tables and customs districts — each row checked on
 * load.
 */
@NullMarked
package io.coo4j.core.data;

import org.jspecify.annotations.NullMarked;
