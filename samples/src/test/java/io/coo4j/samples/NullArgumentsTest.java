package io.coo4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.coo4j.core.CooException;
import io.coo4j.client.exchange.FileExchange;
import io.coo4j.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 5: a null where the API wants a value is bad input like any other. Every public constructor and static
 * method of sdk-core, sdk-rules, sdk-print, sdk-excel, sdk-testkit and sdk-client, and every public method of an
 * instance the API hands out ({@code defaults()}, {@code strict()}, {@code none()}, {@code builder()} or any other
 * public static factory without arguments, a constructor without arguments, or a factory given samples such as
 * {@code SealGenerator.create(fonts)}), is called once per parameter that is neither primitive nor {@link Nullable}:
 * that one null, the others sample values ({@link Samples}). The call must be refused with an
 * {@link InvalidInputException} whose location names the parameter, as the sub-clients' test in sdk-client holds them
 * to. Where a sample of another parameter cannot be made, or is refused first, the method is called once with every
 * reference argument null and must throw an {@code InvalidInputException} naming one of its parameters; those calls are
 * counted, and bounded. A call that accepts the null is counted and printed (at most {@link #ACCEPTED_AT_MOST}); a
 * call that is refused wrongly fails the test unless {@link #KNOWN} lists it with its reason. Methods that implement
 * another library's interface (JUnit, Bean Validation, {@link AutoCloseable}) are that library's contract and are left
 * out, as are enums' {@code valueOf}.
 */
class NullArgumentsTest {
    /** The API packages checked. */
    private static final List<String> CHECKED = List.of("io.coo4j.core", "io.coo4j.rules", "io.coo4j.print", "io.coo4j.excel",
            "io.coo4j.testkit", "io.coo4j.client");

    /**
     * Calls known not to name their null argument, each with the reason it is left as it is. Keyed by
     * {@code Type.method(parameter)}.
     */
    private static final Map<String, String> KNOWN = Map.of();

    /** What {@link #problem} answers when the call refused the sample of another parameter, not the null. */
    private static final String SAMPLE_REFUSED = "sample refused";

    /**
     * Calls that accept the null and return normally, at most: values' constructors and builder setters whose
     * parameters lack {@code @Nullable} though null means absent there, and a few queries answering "no". Each is a
     * missing annotation or a missing check, listed by the test's output; the number may only go down.
     */
    private static final int ACCEPTED_AT_MOST = 41;

    @Test
    void everyNullArgumentIsInvalidInputNamingIt(@TempDir Path dir) throws Exception {
        Samples samples = new Samples(dir);
        Tally tally = new Tally();
        int instances = 0;
        for (Class<?> type : apiTypes()) {
            if (Throwable.class.isAssignableFrom(type)) {
                continue; // an exception's message may be anything
            }
            for (Constructor<?> c : type.getConstructors()) {
                callEach(c, null, samples, tally);
            }
            Optional<Object> instance = samples.instance(type);
            instances += instance.isPresent() ? 1 : 0;
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge() || implementsForeign(m)
                        || type.isEnum() && m.getName().equals("valueOf")) {
                    continue;
                }
                if (Modifier.isStatic(m.getModifiers())) {
                    callEach(m, null, samples, tally);
                } else if (instance.isPresent()) {
                    callEach(m, instance.get(), samples, tally);
                }
            }
        }
        System.out.printf("NullArgumentsTest: %d calls, %d with every argument null, %d accepted, %d instances%n%s%n",
                tally.calls, tally.allNull, tally.accepted.size(), instances, String.join("\n", tally.accepted));
        assertThat(tally.wrong).as("null arguments not refused as an InvalidInputException naming them").isEmpty();
        assertThat(tally.accepted).as("calls that accepted a null not marked @Nullable: %s", tally.accepted)
                .hasSizeLessThanOrEqualTo(ACCEPTED_AT_MOST);
        assertThat(tally.known).as("calls listed in KNOWN that now name their argument: take them off the list")
                .containsExactlyInAnyOrderElementsOf(KNOWN.keySet());
        // A parameter marked @Nullable is not called with null: the floor follows the annotations, not coverage lost.
        assertThat(tally.calls).as("calls made").isGreaterThan(520);
        assertThat(tally.allNull).as("calls made with every argument null (no sample for another one)")
                .isLessThan(tally.calls / 10);
        assertThat(instances).as("instances reached through factories").isGreaterThan(120);
    }

    /** One call per parameter that is neither primitive nor {@code @Nullable}: that one null, the others samples. */
    private static void callEach(Executable e, @Nullable Object receiver, Samples samples, Tally tally) {
        AnnotatedType[] types = e.getAnnotatedParameterTypes();
        Parameter[] parameters = e.getParameters();
        for (int i = 0; i < types.length; i++) {
            if (types[i].getType() instanceof Class<?> k && k.isPrimitive() || types[i].isAnnotationPresent(Nullable.class)) {
                continue;
            }
            Object[] args = new Object[types.length];
            boolean sampled = true;
            for (int j = 0; j < args.length; j++) {
                if (j != i) {
                    Optional<Object> sample = samples.of(parameters[j].getType());
                    sampled &= sample.isPresent();
                    args[j] = sample.orElse(null);
                }
            }
            String key = e.getDeclaringClass().getSimpleName() + "." + (e instanceof Constructor<?> ? "<init>" : e.getName())
                    + "(" + parameters[i].getName() + ")";
            String problem = sampled ? problem(e, receiver, args, List.of(parameters[i])) : SAMPLE_REFUSED;
            if (SAMPLE_REFUSED.equals(problem)) {
                // a sample another parameter could not take (or none could be made): every reference argument null
                sampled = false;
                Arrays.setAll(args, j -> Samples.zero(parameters[j].getType()));
                // any parameter may be named then: the first null checked, or a primitive whose sample is refused first
                problem = problem(e, receiver, args, List.of(parameters));
            }
            tally.calls++;
            tally.allNull += sampled ? 0 : 1;
            if ("accepted".equals(problem)) {
                tally.accepted.add(key);
            } else if (problem != null && KNOWN.containsKey(key)) {
                tally.known.add(key);
            } else if (problem != null) {
                tally.wrong.add(e.toGenericString() + " with " + parameters[i].getName() + " null"
                        + (sampled ? "" : " (and every other argument)") + ": " + problem);
            }
            if (!sampled) {
                return; // every reference argument was null: one call covers the method
            }
        }
    }

    /**
     * What is wrong with the call's outcome, or null when it is an InvalidInputException naming one of {@code nulls}
     * (the arguments given as null); {@link #SAMPLE_REFUSED} when it names another parameter, whose sample it refused.
     */
    private static @Nullable String problem(Executable e, @Nullable Object receiver, Object[] args, List<Parameter> nulls) {
        try {
            if (e instanceof Constructor<?> c) {
                c.newInstance(args);
            } else {
                ((Method) e).invoke(receiver, args);
            }
            return "accepted";
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            if (!(cause instanceof InvalidInputException invalid)) {
                return String.valueOf(cause);
            }
            if (nulls.stream().anyMatch(p -> names(invalid, e, p))) {
                return null;
            }
            return Arrays.stream(e.getParameters()).anyMatch(p -> !nulls.contains(p) && names(invalid, e, p))
                    ? SAMPLE_REFUSED : "does not name it: " + cause.getMessage();
        } catch (ReflectiveOperationException | IllegalArgumentException notCallable) {
            return "not callable here: " + notCallable;
        }
    }

    /**
     * Whether the exception names {@code parameter}: its location (up to the first {@code .} or {@code [}) is the
     * parameter's name, or the name its type is known by where the parameter's is an abbreviation ({@code c} of type
     * {@code Certificate} reported as {@code certificate}, {@code p} of type {@code ProductPreReview} as
     * {@code preReview}, {@code DeclarantRecord} as {@code declarant}), or a builder's property its method sets ({@code Builder.outBox(value)} reports
     * {@code outBox}, {@code connectionPool(max, keepAliveDuration)} {@code connectionPool.keepAlive}).
     */
    private static boolean names(InvalidInputException e, Executable call, Parameter parameter) {
        String location = e.location().split("[.\\[]", 2)[0];
        if (location.isEmpty()) {
            return false;
        }
        String type = parameter.getType().getSimpleName().toLowerCase(Locale.ROOT);
        String named = location.toLowerCase(Locale.ROOT);
        return location.equals(parameter.getName()) || type.endsWith(named) || type.startsWith(named)
                || call instanceof Method && location.equals(call.getName());
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
            // By erasure too: ConstraintValidator<A, T>.isValid(Object, ...) is what isValid(String, ...) implements.
            if (!s.getName().startsWith("io.coo4j.") && Arrays.stream(s.getMethods()).anyMatch(f -> overrides(m, f))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code m} can implement {@code foreign}: same name, and each parameter a subtype of the foreign one's. */
    private static boolean overrides(Method m, Method foreign) {
        Class<?>[] ours = m.getParameterTypes();
        Class<?>[] theirs = foreign.getParameterTypes();
        if (!foreign.getName().equals(m.getName()) || ours.length != theirs.length) {
            return false;
        }
        for (int i = 0; i < ours.length; i++) {
            if (!theirs[i].isAssignableFrom(ours[i])) {
                return false;
            }
        }
        return true;
    }

    private static List<Class<?>> apiTypes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.coo4j")
                .stream()
                .filter(c -> PublicApiTest.EXPORTED.test(c) && CHECKED.stream().anyMatch(p -> c.getPackageName().startsWith(p))
                        && !c.isAnnotation())
                .<Class<?>>map(c -> c.reflect())
                .sorted((a, b) -> a.getName().compareTo(b.getName())) // the same order every run
                .toList();
    }

    /** What the calls made, and what went wrong. */
    private static final class Tally {
        final List<String> wrong = new ArrayList<>();
        final List<String> known = new ArrayList<>();
        final List<String> accepted = new ArrayList<>();
        int calls;
        int allNull;
    }

    /**
     * Sample values for the arguments that are not under test: a value of the JDK's common types, an enum's first
     * constant, or what a coo4j type's public static factory without arguments gives ({@code defaults()},
     * {@code builder().build()}, …). Made once per type.
     */
    static final class Samples {
        private final Map<Class<?>, Optional<Object>> made = new HashMap<>();

        Samples(Path dir) throws Exception {
            Path file = Files.writeString(dir.resolve("sample.txt"), "sample\n");
            made.put(Path.class, Optional.of(file));
            made.put(String.class, Optional.of("E254565009990001"));
            // 32 bytes: a secret needs 16
            made.put(byte[].class, Optional.of("%PDF-1.4\n%coo4j null-argument test".getBytes(StandardCharsets.US_ASCII)));
            made.put(char[].class, Optional.of("secret".toCharArray()));
            made.put(LocalDate.class, Optional.of(LocalDate.of(2025, 10, 1)));
            made.put(Instant.class, Optional.of(Instant.parse("2025-10-01T00:00:00Z")));
            made.put(Duration.class, Optional.of(Duration.ofMinutes(1)));
            made.put(Clock.class, Optional.of(Clock.fixed(Instant.parse("2025-10-01T00:00:00Z"), ZoneOffset.UTC)));
            made.put(BigDecimal.class, Optional.of(BigDecimal.ONE));
            made.put(Locale.class, Optional.of(Locale.ROOT));
            // a folder, where the sample path is a file
            made.put(FileExchange.class, Optional.of(FileExchange.open(Files.createDirectory(dir.resolve("exchange")))));
        }

        /** The instance whose methods are called: the one made for the type, or one a factory hands out. */
        Optional<Object> instance(Class<?> type) {
            Optional<Object> known = made.get(type);
            return known != null && known.isPresent() ? known : instanceOf(type);
        }

        /** A value of {@code type}, if one can be made here. */
        Optional<Object> of(Class<?> type) {
            Optional<Object> known = made.get(type);
            if (known != null) {
                return known;
            }
            Optional<Object> value = make(type);
            made.put(type, value);
            return value;
        }

        private Optional<Object> make(Class<?> type) {
            if (type.isPrimitive()) {
                return Optional.of(zero(type));
            }
            if (type == List.class || type == Collection.class) {
                return Optional.of(List.of());
            }
            if (type == Set.class) {
                return Optional.of(Set.of());
            }
            if (type == Map.class) {
                return Optional.of(Map.of());
            }
            if (type == InputStream.class) {
                return Optional.of(new ByteArrayInputStream(new byte[0]));
            }
            if (type == OutputStream.class) {
                return Optional.of(new ByteArrayOutputStream());
            }
            if (type.isEnum()) {
                return Optional.of(type.getEnumConstants()[0]);
            }
            if (type.isArray() && !type.getComponentType().isPrimitive()) {
                return Optional.of(java.lang.reflect.Array.newInstance(type.getComponentType(), 0));
            }
            if (!type.getName().startsWith("io.coo4j.")) {
                return Optional.empty();
            }
            Optional<Object> instance = instanceOf(type);
            if (instance.isPresent() && !type.getSimpleName().equals("Builder")) {
                return instance;
            }
            return built(type);
        }

        /**
         * An instance {@code type} hands out without arguments: a public static method without parameters that returns
         * the type, else a public constructor without parameters, else for a {@code Builder} its enclosing type's
         * {@code builder()}.
         */
        Optional<Object> instanceOf(Class<?> type) {
            Map<String, Method> factories = new TreeMap<>(); // by name, so the choice is the same every run
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() == type
                        && m.getDeclaringClass() == type) {
                    factories.put(m.getName(), m);
                }
            }
            List<Method> ordered = new ArrayList<>();
            for (String preferred : List.of("defaults", "strict", "builder", "none", "empty")) {
                Optional.ofNullable(factories.remove(preferred)).ifPresent(ordered::add);
            }
            ordered.addAll(factories.values());
            for (Method factory : ordered) {
                try {
                    return Optional.of(factory.invoke(null));
                } catch (ReflectiveOperationException | RuntimeException refused) {
                    // the next one (fromEnvironment() without COO4J_DATA, …)
                }
            }
            try {
                return Optional.of(type.getConstructor().newInstance());
            } catch (ReflectiveOperationException | RuntimeException none) {
                // no public constructor without arguments
            }
            if (type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null) {
                try {
                    return Optional.of(type.getEnclosingClass().getMethod("builder").invoke(null));
                } catch (ReflectiveOperationException | RuntimeException absent) {
                    return Optional.empty();
                }
            }
            return fromSamples(type);
        }

        /**
         * The first instance a public static factory of {@code type} returns when given samples
         * ({@code CertificateNumberGenerator.create(store)}, {@code SealGenerator.create(fonts)}, …).
         */
        private Optional<Object> fromSamples(Class<?> type) {
            List<Method> factories = Arrays.stream(type.getMethods())
                    .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type
                            && m.getDeclaringClass() == type && m.getParameterCount() > 0)
                    .sorted((a, b) -> a.toGenericString().compareTo(b.toGenericString())).toList();
            for (Method factory : factories) {
                made.put(type, Optional.empty()); // a factory taking its own type has no sample of it yet
                Object[] args = Arrays.stream(factory.getParameterTypes()).map(this::of).map(o -> o.orElse(null))
                        .toArray();
                made.remove(type);
                if (Arrays.stream(args).noneMatch(a -> a == null)) {
                    try {
                        return Optional.of(factory.invoke(null, args));
                    } catch (ReflectiveOperationException | RuntimeException refused) {
                        // the next one
                    }
                }
            }
            return Optional.empty();
        }

        /** {@code type.builder().build()}: a value with nothing set, for types whose builder allows that. */
        private static Optional<Object> built(Class<?> type) {
            try {
                Object builder = type.getMethod("builder").invoke(null);
                return Optional.of(builder.getClass().getMethod("build").invoke(builder));
            } catch (ReflectiveOperationException | RuntimeException none) {
                return Optional.empty();
            }
        }

        /** A value of a primitive type: 300 for the numbers (a resolution, a size, a count that most checks take). */
        static @Nullable Object zero(Class<?> type) {
            if (type == boolean.class) {
                return false;
            }
            if (type == char.class) {
                return 'a';
            }
            if (type == long.class) {
                return 300L;
            }
            if (type == double.class) {
                return 300.0;
            }
            if (type == float.class) {
                return 300f;
            }
            if (type.isPrimitive()) {
                return type == int.class ? 300 : type == short.class ? (short) 300 : (byte) 30;
            }
            return null;
        }
    }
}
