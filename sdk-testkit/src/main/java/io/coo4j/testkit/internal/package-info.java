/** The simulator's server and desks. Not API: may change in any release. */
package io.coo4j.testkit.internal;
