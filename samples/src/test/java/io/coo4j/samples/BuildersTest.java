package io.coo4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 5: every record of the API with a {@code builder()} has a {@code toBuilder()}, a setter named like each
 * component, and a builder that carries every component. Two values that differ in every component are taken apart
 * with {@code toBuilder()} and built again; a component the builder forgot comes back as its default in one of them.
 */
class BuildersTest {
    /** {@code ValidationReport.builder()} collects findings: a report is an answer, not a value a caller assembles. */
    private static final List<String> COLLECTORS = List.of("io.coo4j.core.validation.ValidationReport");

    /**
     * Components whose values are checked when the record is made (a filing number of 9 digits, a country code),
     * by record and component: the sample of each variant.
     */
    private static final Map<String, List<Object>> CHECKED = Map.of(
            "CertificateQuery.filingNumber", List.of("123456789", "987654321"),
            "CertificateQuery.destination", List.of("CN", "JP"),
            "SupplementQuery.exporterCode", List.of("91440300456500999G", "91110000100000000X"),
            "SupplementQuery.agreement", List.of("02", "19"),
            "SupplementQuery.declarationNumber", List.of("530420250000123456", "530420250000654321"),
            "GoodsCatalogueSearch.hsCode", List.of("8517", "940161"));

    private static final List<Class<?>> RECORDS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.coo4j").stream()
            .filter(c -> PublicApiTest.isApiPackage(c.getPackageName())
                    && c.isRecord() && !COLLECTORS.contains(c.getName())
                    && c.getMethods().stream().anyMatch(m -> m.getName().equals("builder") && m.getModifiers()
                    .contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC) && m.getRawParameterTypes().isEmpty()))
            .<Class<?>>map(c -> c.reflect()).toList();

    @Test
    void theInventoryIsFound() {
        assertThat(RECORDS).extracting(Class::getSimpleName).contains("Certificate", "GoodsItem", "Transport", "Invoice",
                "Enterprise", "ProductPreReview", "MaterialLine", "BillOfMaterials", "Product", "Material", "Party",
                "CertificateEntry", "SealDesign", "RenderOptions", "Faults", "CertificateQuery", "VerificationQuery", "SealRequest",
                "SignatureRequest", "ImportInfoQuery", "AttachmentMessage");
    }

    @Test
    void everyBuilderHasASetterPerComponentAndToBuilder() throws Exception {
        for (Class<?> type : RECORDS) {
            Class<?> builder = type.getMethod("builder").getReturnType();
            assertThat(type.getMethod("toBuilder").getReturnType()).as(type.getName()).isEqualTo(builder);
            for (RecordComponent c : type.getRecordComponents()) {
                assertThat(builder.getMethod(c.getName(), c.getType()).getReturnType())
                        .as(type.getName() + ".Builder." + c.getName()).isEqualTo(builder);
            }
        }
    }

    @Test
    void toBuilderCarriesEveryComponent() throws Exception {
        for (Class<?> type : RECORDS) {
            for (boolean variant : new boolean[] {true, false}) {
                Object value = sample(type, variant);
                Object builder = type.getMethod("toBuilder").invoke(value);
                Object rebuilt = builder.getClass().getMethod("build").invoke(builder);
                assertThat(rebuilt).as(type.getName()).isEqualTo(value);
            }
        }
    }

    /** A value of {@code type} whose every component is set, differently for the two variants. */
    private static Object sample(Type type, boolean variant) throws Exception {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return variant ? "A1" : "B2";
        }
        if (raw == int.class || raw == Integer.class) {
            return variant ? 7 : 3;
        }
        if (raw == long.class || raw == Long.class) {
            return variant ? 7L : 3L;
        }
        if (raw == double.class) {
            return variant ? 0.5 : 0.25; // within every range a double component has (rates, mm offsets, seal sizes)
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return variant;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal(variant ? "1.50" : "2.25");
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2025, 1, variant ? 2 : 3);
        }
        if (raw == Instant.class) {
            return Instant.ofEpochSecond(variant ? 1 : 2);
        }
        if (raw == Duration.class) {
            return Duration.ofSeconds(variant ? 1 : 2);
        }
        if (raw == byte[].class) {
            return new byte[] {(byte) (variant ? 1 : 2)};
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[variant ? constants.length - 1 : 0];
        }
        if (raw == List.class) {
            return List.of(sample(((ParameterizedType) type).getActualTypeArguments()[0], variant));
        }
        if (raw == Set.class) {
            return Set.of(sample(((ParameterizedType) type).getActualTypeArguments()[0], variant));
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                List<Object> checked = CHECKED.get(raw.getSimpleName() + "." + components[i].getName());
                args[i] = checked != null ? checked.get(variant ? 0 : 1) : sample(components[i].getGenericType(), variant);
            }
            return raw.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
                    .newInstance(args);
        }
        if (raw.isInterface() && raw.isSealed()) {
            return sample(raw.getPermittedSubclasses()[variant ? 0 : raw.getPermittedSubclasses().length - 1], variant);
        }
        throw new AssertionError("no sample value of " + type + ": teach BuildersTest one");
    }
}
