package io.coo4j.core.model;

import org.jspecify.annotations.Nullable;

/**
 * The enterprise's contact person for a certificate (联系人).
 *
 * @param name the contact's name (联系人)
 * @param phone the contact's phone (联系电话)
 */
public record Contact(@Nullable String name, @Nullable String phone) {
}
