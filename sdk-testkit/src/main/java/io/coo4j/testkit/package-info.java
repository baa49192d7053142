/**
 * coo4j's test kit: {@link io.coo4j.testkit.Sandbox}, a Single Window simulator on loopback implementing
 * <a href="https://github.com/coo4j/coo4j/blob/main/docs/api.md">docs/api.md</a> with the customs' behaviour and injectable {@link io.coo4j.testkit.Faults};
 * {@link io.coo4j.testkit.CooSandbox}, a JUnit 5 extension that runs one per test class; and
 * {@link io.coo4j.testkit.SampleData}. Depend on it in test scope; {@code internal} packages are not API.
 *
 * @since 0.1
 */
@NullMarked
package io.coo4j.testkit;

import org.jspecify.annotations.NullMarked;
