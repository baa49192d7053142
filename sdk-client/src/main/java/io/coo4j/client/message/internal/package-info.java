/**
 * How the customs import message is laid out, mapped, checked, written and read. Not API: it changes without
 * notice; use {@code io.coo4j.client.message}.
 */
package io.coo4j.client.message.internal;
