package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.ConflictException;
import io.coo4j.client.CooClient;
import io.coo4j.client.ForbiddenException;
import io.coo4j.client.InvalidRequestException;
import io.coo4j.client.NotFoundException;
import io.coo4j.client.SignatureRequest;
import io.coo4j.core.model.DeclarantRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The enterprise's declarants (申报员信息维护, 003; 授权人员信息的维护, 004), the client against the simulator over
 * loopback: the administrator's maintenance, an operator's refusal, the field rules of the manual's forms, and
 * self-print's signature check against the maintained declarants.
 */
class DeclarantsAgainstSandboxTest {
    private static final byte[] SECRET = "s3cr3t-hmac-key-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final String ZHANG_ID = "440301199001011234";
    private static final String LI_ID = "11010519491231002X";

    private static Sandbox sandbox() {
        return Sandbox.builder().reviewDelay(Duration.ofMillis(20)).hmacKey("operator-1", SECRET).start();
    }

    private static DeclarantRecord zhang() {
        return DeclarantRecord.builder().name("张三").idNumber(ZHANG_ID).phone("13800000000").email("zhang@example.com")
                .idValidFrom(LocalDate.of(2015, 1, 1)).idValidUntil(LocalDate.of(2035, 1, 1)).build();
    }

    @Test
    void theAdministratorAddsListsUpdatesAndRemovesDeclarants() {
        try (Sandbox sandbox = sandbox(); CooClient admin = sandbox.newClient()) {
            DeclarantRecord added = admin.declarants().add(zhang());
            assertThat(added.id()).isNotBlank();
            assertThat(added.toBuilder().id(null).build()).isEqualTo(zhang());
            DeclarantRecord li = admin.declarants().add(DeclarantRecord.builder().name("李四").idNumber(LI_ID)
                    .idValidFrom(LocalDate.of(2010, 5, 1)).cardNumber("8950000048796").build());
            assertThat(admin.declarants().list()).extracting(DeclarantRecord::name).containsExactly("张三", "李四");
            // 003 我的操作员: 身份证结束日期 "长期请输入8个0" — a start date without an end is long-term.
            assertThat(li.idValidOn(LocalDate.of(2099, 1, 1))).isTrue();
            assertThat(added.idValidOn(LocalDate.of(2036, 1, 1))).isFalse();

            DeclarantRecord moved = admin.declarants().update(added.toBuilder().phone("13900000000").build());
            assertThat(admin.declarants().get(added.id())).isEqualTo(moved);
            assertThat(moved.phone()).isEqualTo("13900000000");

            admin.declarants().remove(li.id());
            assertThatThrownBy(() -> admin.declarants().get(li.id())).isInstanceOf(NotFoundException.class);
            assertThat(admin.declarants().list()).containsExactly(moved);
        }
    }

    /** 003: "请使用企业管理员账号或法人卡登录…点击'我的操作员'菜单，新增无卡或绑卡操作员": the administrator's alone. */
    @Test
    void anOperatorMayReadButNotMaintainDeclarants() {
        try (Sandbox sandbox = sandbox(); CooClient admin = sandbox.newClient();
             CooClient operator = sandbox.clientBuilder().hmac("operator-1", SECRET).build()) {
            DeclarantRecord added = admin.declarants().add(zhang());
            assertThat(operator.declarants().list()).containsExactly(added);
            assertForbidden(() -> operator.declarants().add(DeclarantRecord.builder().name("李四").idNumber(LI_ID).build()));
            assertForbidden(() -> operator.declarants().update(added.toBuilder().name("张三丰").build()));
            assertForbidden(() -> operator.declarants().remove(added.id()));
            assertThat(admin.declarants().list()).containsExactly(added);
        }
    }

    @Test
    void theFormsRulesAreTheManuals() {
        try (Sandbox sandbox = sandbox(); CooClient admin = sandbox.newClient()) {
            // 003 签名制作: "*签名申报员名称", "*签名申报员身份证号" are required.
            assertField(() -> admin.declarants().add(zhang().toBuilder().name(" ").build()), "name");
            assertField(() -> admin.declarants().add(zhang().toBuilder().idNumber(null).build()), "idNumber");
            // 003 我的操作员: 证件类型 身份证 — a resident identity number with its check digit (GB 11643).
            assertField(() -> admin.declarants().add(zhang().toBuilder().idNumber("440301199001011235").build()),
                    "idNumber");
            // 002: 电话不超过20位数字或符号.
            assertField(() -> admin.declarants().add(zhang().toBuilder().phone("139-0000-0000-0000-0000").build()),
                    "phone");
            // 003 我的操作员: 身份证起始日期 … 身份证结束日期: in that order.
            assertField(() -> admin.declarants().add(zhang().toBuilder().idValidFrom(LocalDate.of(2036, 1, 1)).build()),
                    "idValidFrom");
            assertField(() -> admin.declarants().add(zhang().toBuilder().id("D9").build()), "id");

            DeclarantRecord added = admin.declarants().add(zhang());
            assertThatThrownBy(() -> admin.declarants().add(zhang().toBuilder().name("张三丰").build()))
                    .isInstanceOf(ConflictException.class);
            assertField(() -> admin.declarants().update(added.toBuilder().idNumber(LI_ID).build()), "idNumber");
            assertThatThrownBy(() -> admin.declarants().update(zhang().toBuilder().id("D99").build()))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    /** 003 签名制作: "注意必须与原产地综合服务平台备案的申报员一致". */
    @Test
    void selfPrintTakesASignatureOnlyOfAMaintainedDeclarant() {
        try (Sandbox sandbox = sandbox(); CooClient admin = sandbox.newClient()) {
            admin.declarants().add(zhang());
            assertField(() -> admin.selfPrint().signatures().add(signature("李四", LI_ID)), "declarantIdNumber");
            assertField(() -> admin.selfPrint().signatures().add(signature("李四", ZHANG_ID)), "declarantName");
            assertThat(admin.selfPrint().signatures().add(signature("张三", ZHANG_ID)).declarantIdNumber())
                    .isEqualTo(ZHANG_ID);
            admin.declarants().add(DeclarantRecord.builder().name("李四").idNumber(LI_ID).build());
            assertThat(admin.selfPrint().signatures().add(signature("李四", LI_ID)).declarantName()).isEqualTo("李四");
        }
    }

    @Test
    void aMissingDeclarantOrIdIsRefusedBeforeAnythingIsSent() {
        try (Sandbox sandbox = sandbox(); CooClient admin = sandbox.newClient()) {
            assertThatThrownBy(() -> admin.declarants().add(null)).isInstanceOfSatisfying(
                    io.coo4j.core.InvalidInputException.class, e -> assertThat(e.location()).isEqualTo("declarant"));
            assertThatThrownBy(() -> admin.declarants().update(zhang())).isInstanceOfSatisfying(
                    io.coo4j.core.InvalidInputException.class, e -> assertThat(e.location()).isEqualTo("id"));
        }
    }

    @Test
    void personalDataIsMaskedInToString() {
        String text = zhang().toBuilder().cardNumber("8950000048796").build().toString();
        assertThat(text).contains("张三").doesNotContain(ZHANG_ID, "13800000000", "zhang@example.com", "8950000048796");
    }

    private static SignatureRequest signature(String name, String idNumber) {
        return new SignatureRequest(name, idNumber, null, Scans.blackSignature(30), Scans.DPI);
    }

    private static void assertForbidden(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ForbiddenException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(403);
            assertThat(e.errorCode()).isEqualTo("FORBIDDEN");
        });
    }

    private static void assertField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
