package io.coo4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Declarant;
import io.coo4j.core.model.NonPartyCompany;
import io.coo4j.core.model.Principal;
import io.coo4j.core.validation.constraints.CountryCode;
import io.coo4j.core.validation.constraints.CreditCode;
import io.coo4j.core.validation.constraints.FilingNumber;
import io.coo4j.core.validation.constraints.HsCode;
import io.coo4j.core.validation.constraints.PrintableEnglish;
import io.coo4j.core.validation.constraints.ResidentIdNumber;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One truth for field rules: the model's Jakarta constraints and {@link FieldValidator}'s hand-written walk cannot
 * drift. For every constrained component reachable from a certificate — found by reflection, so a new constrained
 * field is covered without anyone remembering it — a violating value is put in place, and both must report it, with
 * the same code and the same path.
 */
class OneTruthForFieldRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A value each constraint refuses. */
    private static final Map<Class<? extends Annotation>, String> VIOLATING = Map.of(
            FilingNumber.class, "12345",
            CreditCode.class, "91440300456500999H",
            ResidentIdNumber.class, "440301199001011235",
            CountryCode.class, "XX",
            HsCode.class, "85176",
            PrintableEnglish.class, "网络");

    /** A constrained component: its JSON path from the certificate and its constraint. */
    record Constrained(String path, Class<? extends Annotation> constraint) {
    }

    @Test
    void everyConstrainedComponentIsReportedByBothWithTheSamePath() throws Exception {
        List<Constrained> all = new ArrayList<>();
        walk(Certificate.class, "", all);
        assertThat(all).as("the walk finds the model's constraints")
                .extracting(Constrained::path).contains("filingNumber", "goods[0].hsCode", "declarant.idNumber",
                        "nonPartyCompanies[0].country");
        Certificate base = FieldValidatorTest.valid().toBuilder()
                .declarant(new Declarant("张三", "11010519491231002X", null))
                .nonPartyCompanies(List.of(new NonPartyCompany("THIRD PARTY LTD.", "1 STREET", "HK"))).build();
        assertThat(FieldValidator.defaults().validate(base).violations()).isEmpty();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            for (Constrained c : all) {
                assertThat(VIOLATING).as("a violating value for @" + c.constraint().getSimpleName()).containsKey(c.constraint());
                Certificate broken = with(base, c.path(), VIOLATING.get(c.constraint()));
                Set<String> jakarta = factory.getValidator().validate(broken).stream()
                        .map(v -> v.getPropertyPath().toString().replace(".<list element>", "")).collect(Collectors.toSet());
                List<String> walk = FieldValidator.defaults().validate(broken).violations().stream().map(Violation::path).toList();
                assertThat(jakarta).as("Jakarta on " + c).containsExactly(c.path());
                assertThat(walk).as("FieldValidator on " + c).containsExactly(c.path());
            }
        }
    }

    /** The same for an agent's principal (委托人维护, 003), whose fields pre-fill certificates. */
    @Test
    void everyConstrainedComponentOfAPrincipalIsReportedByBoth() throws Exception {
        List<Constrained> all = new ArrayList<>();
        walk(Principal.class, "", all);
        assertThat(all).extracting(Constrained::path).contains("filingNumber", "declarant.idNumber")
                .as("the organization code only warns (ORGANIZATION_CODE_FORMAT): a constraint would refuse it")
                .doesNotContain("organizationCode");
        Principal base = PrincipalFieldsTest.complete().build();
        assertThat(FieldValidator.defaults().validate(base).violations()).isEmpty();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            for (Constrained c : all) {
                assertThat(VIOLATING).as("a violating value for @" + c.constraint().getSimpleName()).containsKey(c.constraint());
                JsonNode root = JSON.readTree(CooJson.strict().write(base));
                JsonNode node = c.path().contains(".") ? root.get(c.path().substring(0, c.path().indexOf('.'))) : root;
                ((ObjectNode) node).put(c.path().substring(c.path().lastIndexOf('.') + 1), VIOLATING.get(c.constraint()));
                Principal broken = CooJson.strict().read(JSON.writeValueAsBytes(root), Principal.class, c.path());
                Set<String> jakarta = factory.getValidator().validate(broken).stream()
                        .map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
                List<String> walk = FieldValidator.defaults().validate(broken).violations().stream().map(Violation::path).toList();
                assertThat(jakarta).as("Jakarta on " + c).containsExactly(c.path());
                assertThat(walk).as("FieldValidator on " + c).containsExactly(c.path());
            }
        }
    }

    /** Components with a constraint, and records reached through {@code @Valid} (directly or as list elements). */
    private static void walk(Class<?> type, String at, List<Constrained> out) throws NoSuchFieldException {
        for (RecordComponent rc : type.getRecordComponents()) {
            String path = at + rc.getName();
            // a record component's constraints land on its field, where Bean Validation reads them
            Field field = type.getDeclaredField(rc.getName());
            for (Annotation a : field.getAnnotations()) {
                if (a.annotationType().isAnnotationPresent(Constraint.class)) {
                    out.add(new Constrained(path, a.annotationType()));
                }
            }
            if (field.isAnnotationPresent(Valid.class) && field.getType().isRecord()) {
                walk(field.getType(), path + ".", out);
            }
            if (field.getAnnotatedType() instanceof AnnotatedParameterizedType p
                    && p.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(Valid.class)) {
                Class<?> element = (Class<?>) ((ParameterizedType) p.getType()).getActualTypeArguments()[0];
                walk(element, path + "[0].", out);
            }
        }
    }

    /** The certificate with {@code value} at {@code path}, through its JSON form. */
    private static Certificate with(Certificate c, String path, String value) throws Exception {
        JsonNode root = JSON.readTree(CooJson.strict().write(c));
        String[] steps = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            String s = steps[i];
            node = s.endsWith("[0]") ? ((ArrayNode) node.get(s.substring(0, s.length() - 3))).get(0) : node.get(s);
        }
        ((ObjectNode) node).put(steps[steps.length - 1], value);
        return CooJson.strict().readCertificate(JSON.writeValueAsBytes(root), path);
    }
}
