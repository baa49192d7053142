package io.coo4j.testkit;

import io.coo4j.client.CooClient;
import io.coo4j.core.CooException;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link CooSandbox}: one {@link Sandbox} per test class and one {@link CooClient} of it,
 * kept in the class's extension store and closed after its last test. Thread-safe as JUnit requires (state lives in the store).
 *
 * @since 0.1
 */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SandboxExtension.class);

    /** Created by JUnit for each class annotated {@link CooSandbox}; the sandbox starts before the class's first test. */
    public SandboxExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        CooSandbox config = context.getRequiredTestClass().getAnnotation(CooSandbox.class);
        Sandbox.Builder b = Sandbox.builder();
        if (config != null) {
            b.reviewDelay(Duration.ofMillis(config.reviewDelayMillis())).port(config.port());
        }
        Sandbox sandbox = b.start();
        context.getStore(NS).put(Sandbox.class, sandbox);
        // Building a client opens no connection, so every class gets one whether or not it asks for it.
        context.getStore(NS).put(CooClient.class, sandbox.newClient());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        CooClient client = context.getStore(NS).remove(CooClient.class, CooClient.class);
        if (client != null) {
            client.close();
        }
        Sandbox s = context.getStore(NS).remove(Sandbox.class, Sandbox.class);
        if (s != null) {
            s.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Sandbox.class || type == CooClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stored(context, parameter.getParameter().getType());
    }

    private static <T> T stored(ExtensionContext context, Class<T> type) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            T s = c.getStore(NS).get(type, type);
            if (s != null) {
                return s;
            }
        }
        throw new CooException("no sandbox: annotate the test class with @CooSandbox");
    }
}
