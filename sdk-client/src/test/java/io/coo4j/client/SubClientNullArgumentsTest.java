package io.coo4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.AgentRecord;
import io.coo4j.core.model.BaseDataKind;
import io.coo4j.core.model.BaseDataProfile;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.DeclarantRecord;
import io.coo4j.core.model.Principal;
import io.coo4j.core.model.QueryPermission;
import io.coo4j.core.model.SealKind;
import io.coo4j.core.model.SealShape;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 5 for the sub-clients, which the samples' {@code NullArgumentsTest} cannot reach (no factory hands
 * them out without arguments): every public method of every sub-client of a {@link CooClient}, and of the client
 * itself, is called once per parameter that is neither primitive nor {@code @Nullable}, that one null and the others
 * set. Each call must be refused with an {@link InvalidInputException} naming that parameter, and before anything is
 * sent: the server records every request it gets, and any is a failure.
 */
class SubClientNullArgumentsTest {
    private static final String NUMBER = "E254565009990001";

    private final List<String> requests = new ArrayList<>();
    private MockWebServer server;
    private CooClient client;
    private Map<Class<?>, Object> samples;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                synchronized (requests) {
                    requests.add(request.getMethod() + " " + request.getUrl());
                }
                return new MockResponse.Builder().code(400).build();
            }
        });
        server.start();
        client = CooClient.builder().endpoint(server.url("/v1").toString()).token("t0k3n")
                .retryPolicy(RetryPolicy.none()).build();
        Path pdf = Files.write(dir.resolve("a.pdf"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        samples = samples(pdf);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void everyNullArgumentIsRefusedNamingItBeforeAnythingIsSent() throws Exception {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        Map<Object, Type> subClients = subClients();
        for (Map.Entry<Object, Type> s : subClients.entrySet()) {
            for (Method m : s.getKey().getClass().getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()
                        || m.isBridge()) {
                    continue;
                }
                AnnotatedType[] types = m.getAnnotatedParameterTypes();
                for (int i = 0; i < types.length; i++) {
                    if (types[i].getType() instanceof Class<?> k && k.isPrimitive()
                            || types[i].isAnnotationPresent(Nullable.class)) {
                        continue;
                    }
                    String name = m.getParameters()[i].getName();
                    List<Object[]> cases = new ArrayList<>();
                    cases.add(new Object[] {null, name, " null"});
                    if (m.getParameterTypes()[i] == List.class) {
                        cases.add(new Object[] {Arrays.asList(NUMBER, null), name + "[1]", " holding a null"});
                    }
                    for (Object[] c : cases) {
                        calls++;
                        String problem = call(s.getKey(), s.getValue(), m, i, c[0], (String) c[1]);
                        if (problem != null) {
                            wrong.add(m.getDeclaringClass().getSimpleName() + "." + m.getName()
                                    + Arrays.toString(m.getParameterTypes()) + " with " + name + c[2] + ": " + problem);
                        }
                    }
                }
            }
        }
        assertThat(wrong).as("null arguments not refused as InvalidInputException naming them before any request")
                .isEmpty();
        assertThat(subClients).as("sub-clients reached").hasSizeGreaterThan(16);
        assertThat(calls).as("calls made").isGreaterThan(200);
        assertThat(requests).as("requests the server got").isEmpty();
    }

    /**
     * What is wrong with calling {@code m} with argument {@code index} {@code bad} (null, or a list holding a null) and
     * the others set, or {@code null} when nothing is: it must be refused naming {@code location}.
     */
    private @Nullable String call(Object target, Type targetType, Method m, int index, @Nullable Object bad,
                                  String location) {
        Type[] types = m.getGenericParameterTypes();
        Object[] args = new Object[types.length];
        args[index] = bad;
        for (int j = 0; j < types.length; j++) {
            if (j != index) {
                args[j] = sample(m.getParameters()[j].getName(), resolve(types[j], targetType));
                if (args[j] == null) {
                    return "no sample for " + types[j];
                }
            }
        }
        int before = requests.size();
        try {
            m.invoke(target, args);
            return "accepted";
        } catch (InvocationTargetException thrown) {
            Throwable e = thrown.getCause();
            if (requests.size() != before) {
                return "sent " + requests.subList(before, requests.size()) + " first";
            }
            if (!(e instanceof InvalidInputException invalid)) {
                return String.valueOf(e);
            }
            return invalid.location().equals(location) ? null : "does not name " + location + ": " + e.getMessage();
        } catch (ReflectiveOperationException notCallable) {
            return "not callable: " + notCallable;
        }
    }

    /**
     * The client and each sub-client it hands out, directly or through another ({@code selfPrint().seals()}), with
     * the generic type it was handed out as (so that {@code SelfPrintStamps<Seal, SealRequest>.add} gets a
     * {@link SealRequest}). A sub-client is a type whose constructors take the client's {@link Api}: only getters
     * returning one are called, so nothing here sends a request.
     */
    private Map<Object, Type> subClients() throws ReflectiveOperationException {
        Map<Object, Type> found = new LinkedHashMap<>();
        List<Object> todo = new ArrayList<>(List.of(client));
        found.put(client, CooClient.class);
        while (!todo.isEmpty()) {
            Object owner = todo.remove(0);
            for (Method getter : owner.getClass().getMethods()) {
                if (getter.getParameterCount() == 0 && isSubClient(getter.getReturnType())) {
                    Object sub = getter.invoke(owner);
                    if (!found.containsKey(sub)) {
                        found.put(sub, getter.getGenericReturnType());
                        todo.add(sub);
                    }
                }
            }
        }
        return found;
    }

    private static boolean isSubClient(Class<?> type) {
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        return type.getPackageName().equals("io.coo4j.client") && constructors.length > 0
                && Arrays.stream(constructors).allMatch(c -> c.getParameterCount() > 0
                        && c.getParameterTypes()[0] == Api.class);
    }

    /** {@code type} with the type variables of the sub-client's class bound as {@code owner} binds them. */
    private static Type resolve(Type type, Type owner) {
        if (type instanceof TypeVariable<?> v && owner instanceof ParameterizedType p) {
            TypeVariable<?>[] declared = ((Class<?>) p.getRawType()).getTypeParameters();
            for (int i = 0; i < declared.length; i++) {
                if (declared[i].getName().equals(v.getName())) {
                    return p.getActualTypeArguments()[i];
                }
            }
        }
        return type;
    }

    /** A value of {@code type} the call takes (or {@code null} when there is none yet: the test says so). */
    private @Nullable Object sample(String parameter, Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            Object element = sample(parameter, p.getActualTypeArguments()[0]);
            return element == null ? null : List.of(element, element);
        }
        if (!(type instanceof Class<?> raw)) {
            return null;
        }
        if (raw == String.class) {
            // every string the client checks before sending accepts this one; a webhook address must be a URL
            return parameter.equals("address") || parameter.equals("url") ? "https://erp.example.com/coo4j" : NUMBER;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == int.class) {
            return 1;
        }
        if (raw == boolean.class) {
            return true;
        }
        return samples.computeIfAbsent(raw, SubClientNullArgumentsTest::built);
    }

    /** {@code type.builder().build()}: an empty value, where the client sends what it is given unchecked. */
    private static @Nullable Object built(Class<?> type) {
        try {
            Object builder = type.getMethod("builder").invoke(null);
            return builder.getClass().getMethod("build").invoke(builder);
        } catch (ReflectiveOperationException none) {
            return null;
        }
    }

    private static Map<Class<?>, Object> samples(Path pdf) {
        Map<Class<?>, Object> s = new LinkedHashMap<>();
        s.put(byte[].class, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        s.put(Path.class, pdf);
        s.put(OutputStream.class, new ByteArrayOutputStream());
        s.put(LocalDate.class, LocalDate.of(2025, 10, 1));
        s.put(Duration.class, Duration.ofMinutes(1));
        s.put(RequestOptions.class, RequestOptions.none());
        s.put(Certificate.class, Certificate.builder().number(NUMBER).type("E").build());
        s.put(AgentRecord.class, AgentRecord.builder().agentFilingNumber("4403960001").build());
        s.put(Principal.class, Principal.builder().code("P001").build());
        s.put(BaseDataProfile.class, BaseDataProfile.builder().kind(BaseDataKind.EXPORTER).code("EXP1").build());
        s.put(DeclarantRecord.class, DeclarantRecord.builder().id("D1").build());
        s.put(QueryPermission.class, new QueryPermission(true));
        s.put(SealRequest.class, SealRequest.standard("深圳示例有限公司", SealKind.COMPANY, SealShape.ROUND,
                LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)));
        s.put(SignatureRequest.class, SignatureRequest.builder().declarantName("张三").declarantIdNumber("ID1")
                .scan(new byte[] {1}).scanDpi(300).build());
        s.put(ImportInfoQuery.class, ImportInfoQuery.builder().agreement("19").originCountry("KR").proofNumber("KR1")
                .proofType("CO").hsCode("850440").issueDate(LocalDate.of(2025, 10, 1)).build());
        return s;
    }
}
