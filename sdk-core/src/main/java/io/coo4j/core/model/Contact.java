package io.coo4j.core.model;

/** The enterprise's contact person for a certificate (联系人). */
public record Contact(String name, String phone) {
}
