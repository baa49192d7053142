package io.coo4j.core.testing;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.opentest4j.TestAbortedException;

/**
 * {@link SharedData} for a jqwik property ({@code @AddLifecycleHook(SkipWithoutSharedData.class)}): skipped without
 * the reference data, failing in CI. Inside a try, jqwik counts the skip as a rejected try and fails the property once
 * every try was; in a {@code @BeforeProperty} it reports the skip as an error.
 */
public final class SkipWithoutSharedData implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        try {
            SharedData.folder();
            return SkipResult.doNotSkip();
        } catch (TestAbortedException e) {
            return SkipResult.skip(e.getMessage());
        }
    }
}
