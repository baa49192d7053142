package io.coo4j.core.model;

import org.jspecify.annotations.Nullable;

/** The enterprise's contact person for a certificate (联系人). */
public record Contact(@Nullable String name, @Nullable String phone) {
}
