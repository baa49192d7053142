/**
 * How the file exchange writes durably, keeps its journal and moves files aside. Not API: it changes without
 * notice; use {@code io.coo4j.client.exchange}.
 */
package io.coo4j.client.exchange.internal;
