package io.coo4j.core.model;

/** A principal of an agent (委托企业, 001 ch.3): kept to pre-fill the certificates declared for it. */
public record Principal(String code, String nameCn, String nameEn, String address) {
}
