package io.coo4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.coo4j.core.CooException;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 5: a null where the API wants a value is bad input like any other, so no public constructor or method
 * of sdk-core, sdk-rules, sdk-print, sdk-excel, sdk-testkit or sdk-client lets a {@link NullPointerException} (or any exception
 * but a {@link CooException}) out for it. Every public constructor and static method, and every public method of an
 * instance the API hands out without arguments ({@code defaults()}, {@code strict()}, {@code builder()}), is called
 * with null for each parameter not marked {@link Nullable} and the other arguments null or zero; whatever it throws
 * must be a {@link CooException}. Methods that implement another library's interface (JUnit, Bean Validation,
 * {@link AutoCloseable}) are that library's contract and are left out, as are enums' {@code valueOf}.
 */
class NullArgumentsTest {
    /** The API packages checked. */
    private static final List<String> CHECKED = List.of("io.coo4j.core", "io.coo4j.rules", "io.coo4j.print", "io.coo4j.excel",
            "io.coo4j.testkit", "io.coo4j.client");

    @Test
    void nullArgumentsAreInvalidInput() {
        List<String> escaped = new ArrayList<>();
        int calls = 0;
        for (Class<?> type : apiTypes()) {
            if (Throwable.class.isAssignableFrom(type)) {
                continue; // an exception's message may be anything
            }
            for (Constructor<?> c : type.getConstructors()) {
                calls += callWithNulls(c, null, escaped);
            }
            Optional<Object> instance = instanceOf(type);
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge() || implementsForeign(m)
                        || type.isEnum() && m.getName().equals("valueOf")) {
                    continue;
                }
                if (Modifier.isStatic(m.getModifiers())) {
                    calls += callWithNulls(m, null, escaped);
                } else if (instance.isPresent()) {
                    calls += callWithNulls(m, instance.get(), escaped);
                }
            }
        }
        assertThat(escaped).as("null arguments that escaped as something other than a CooException").isEmpty();
        assertThat(calls).as("calls made").isGreaterThan(150);
    }

    /** One call per parameter that is not {@code @Nullable} and not primitive: that one null, the others null too. */
    private static int callWithNulls(Executable e, Object receiver, List<String> escaped) {
        AnnotatedType[] types = e.getAnnotatedParameterTypes();
        int calls = 0;
        for (int i = 0; i < types.length; i++) {
            if (types[i].getType() instanceof Class<?> k && k.isPrimitive() || types[i].isAnnotationPresent(Nullable.class)
                    || e.isVarArgs() && i == types.length - 1) { // a null varargs array is written on purpose only
                continue;
            }
            Object[] args = new Object[types.length];
            Class<?>[] raw = e.getParameterTypes();
            for (int j = 0; j < args.length; j++) {
                args[j] = zero(raw[j]);
            }
            calls++;
            try {
                if (e instanceof Constructor<?> c) {
                    c.newInstance(args);
                } else {
                    ((Method) e).invoke(receiver, args);
                }
            } catch (InvocationTargetException thrown) {
                if (!(thrown.getCause() instanceof CooException)) {
                    escaped.add(e.toGenericString() + " with argument " + i + " null: " + thrown.getCause());
                }
            } catch (ReflectiveOperationException | IllegalArgumentException notCallable) {
                escaped.add(e.toGenericString() + ": not callable here: " + notCallable);
            }
            break; // all reference arguments are null already: one call covers the method
        }
        return calls;
    }

    private static @Nullable Object zero(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return 'a';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type.isPrimitive()) {
            return type == int.class ? 0 : type == short.class ? (short) 0 : (byte) 0;
        }
        return null;
    }

    /** An instance the type hands out without arguments, if it has such a factory. */
    private static Optional<Object> instanceOf(Class<?> type) {
        for (String name : new String[] {"defaults", "strict", "builder"}) {
            try {
                Method factory = type.getMethod(name);
                if (Modifier.isStatic(factory.getModifiers()) && factory.getReturnType() == type) {
                    return Optional.of(factory.invoke(null));
                }
            } catch (ReflectiveOperationException absent) {
                // the next name
            }
        }
        try {
            return Optional.of(type.getConstructor().newInstance());
        } catch (ReflectiveOperationException none) {
            // no public constructor without arguments
        }
        if (type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null) {
            try {
                return Optional.of(type.getEnclosingClass().getMethod("builder").invoke(null));
            } catch (ReflectiveOperationException absent) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether {@code m} implements a method of a type outside coo4j (JUnit, Bean Validation, AutoCloseable). */
    private static boolean implementsForeign(Method m) {
        List<Class<?>> supers = new ArrayList<>(Arrays.asList(m.getDeclaringClass().getInterfaces()));
        for (Class<?> s = m.getDeclaringClass().getSuperclass(); s != null; s = s.getSuperclass()) {
            supers.add(s);
            supers.addAll(Arrays.asList(s.getInterfaces()));
        }
        for (int i = 0; i < supers.size(); i++) {
            Class<?> s = supers.get(i);
            supers.addAll(Arrays.asList(s.getInterfaces()));
            if (!s.getName().startsWith("io.coo4j.")) {
                try {
                    s.getMethod(m.getName(), m.getParameterTypes());
                    return true;
                } catch (NoSuchMethodException notThere) {
                    // keep looking
                }
            }
        }
        return false;
    }

    private static List<Class<?>> apiTypes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.coo4j")
                .stream()
                .filter(c -> PublicApiTest.EXPORTED.test(c) && CHECKED.stream().anyMatch(p -> c.getPackageName().startsWith(p))
                        && !c.isAnnotation())
                .<Class<?>>map(c -> c.reflect()).toList();
    }
}
