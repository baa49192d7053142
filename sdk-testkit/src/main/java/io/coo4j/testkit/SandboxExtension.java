package io.coo4j.testkit;

import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link CooSandbox}: one {@link Sandbox} per test class, kept in the class's extension
 * store and closed after its last test. Thread-safe as JUnit requires (state lives in the store).
 *
 * @since 0.1
 */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SandboxExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        CooSandbox config = context.getRequiredTestClass().getAnnotation(CooSandbox.class);
        Sandbox.Builder b = Sandbox.builder();
        if (config != null) {
            b.reviewDelay(Duration.ofMillis(config.reviewDelayMillis())).port(config.port());
        }
        context.getStore(NS).put(Sandbox.class, b.start());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Sandbox s = context.getStore(NS).remove(Sandbox.class, Sandbox.class);
        if (s != null) {
            s.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Sandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sandbox(context);
    }

    private static Sandbox sandbox(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Sandbox s = c.getStore(NS).get(Sandbox.class, Sandbox.class);
            if (s != null) {
                return s;
            }
        }
        throw new IllegalStateException("no sandbox: annotate the test class with @CooSandbox");
    }
}
