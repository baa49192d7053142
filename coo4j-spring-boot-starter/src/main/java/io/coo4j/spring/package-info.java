/**
 * The Spring Boot starter: the {@code coo4j.*} settings and the beans they configure (validator, numbering,
 * renderer, client).
 */
@NullMarked
package io.coo4j.spring;

import org.jspecify.annotations.NullMarked;
