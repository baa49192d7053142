package io.coo4j.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a {@link Sandbox} before the annotated test class and stops it after; test methods, constructors and
 * lifecycle methods receive it as a {@link Sandbox} parameter, and a client of it, shared by the class and closed
 * after it, as a {@code CooClient} parameter. One sandbox per class: tests of a class share its
 * records, so make each test's documents its own.
 *
 * <pre>{@code
 * @CooSandbox(reviewDelayMillis = 20)
 * class DeclarationTest {
 *     @Test
 *     void declares(Sandbox sandbox) { try (CooClient client = sandbox.newClient()) { ... } }
 * }
 * }</pre>
 *
 * @since 0.1
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(SandboxExtension.class)
public @interface CooSandbox {
    /** Each review step's delay in milliseconds. */
    long reviewDelayMillis() default 20;

    /** The loopback port; 0 picks a free one. */
    int port() default 0;
}
