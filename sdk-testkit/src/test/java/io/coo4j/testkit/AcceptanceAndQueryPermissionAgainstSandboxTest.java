package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.AcceptanceSummary;
import io.coo4j.client.CertificateQuery;
import io.coo4j.client.CooClient;
import io.coo4j.client.ForbiddenException;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.QueryPermission;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The acceptance query (受理情况查询, 001 ch.10) and the query permission switch (查询权限开关, 001 ch.1), the client
 * against the simulator over loopback: the administrator holds the bearer token, an operator signs with a key.
 */
class AcceptanceAndQueryPermissionAgainstSandboxTest {
    private static final byte[] SECRET = "s3cr3t-hmac-key-0123456789".getBytes(StandardCharsets.UTF_8);

    private static Sandbox sandbox() {
        return Sandbox.builder().reviewDelay(Duration.ofMillis(20)).hmacKey("operator-1", SECRET).start();
    }

    /** 001 ch.10: "该界面展示了当前企业的基本信息以及受理情况". */
    @Test
    void theAcceptanceQueryShowsTheEnterpriseAndItsCertificatesPerState() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            AcceptanceSummary empty = client.enterprise().acceptance();
            assertThat(empty.enterprise().filingNumber()).isEqualTo("456500999");
            assertThat(empty.certificates()).hasSize(CertificateState.values().length)
                    .allSatisfy(c -> assertThat(c.count()).isZero());
            Operations.draft(client);
            Operations.draft(client);
            Operations.approved(client);
            AcceptanceSummary summary = client.enterprise().acceptance();
            assertThat(summary.count(CertificateState.DRAFT)).isEqualTo(2);
            assertThat(summary.count(CertificateState.APPROVED)).isEqualTo(1);
            assertThat(summary.certificates().stream().mapToInt(AcceptanceSummary.StateCount::count).sum()).isEqualTo(3);
            assertThat(summary.asOf()).isAfterOrEqualTo(empty.asOf());
        }
    }

    /** 001 ch.1: "使用管理员账户或法人卡登录，可以进行查询权限功能开关的设置". */
    @Test
    void onlyTheAdministratorSetsTheSwitchAndWhileItIsOffOperatorsDoNotQuery() {
        try (Sandbox sandbox = sandbox(); CooClient admin = sandbox.newClient();
             CooClient operator = sandbox.clientBuilder().hmac("operator-1", SECRET).build()) {
            Operations.draft(admin);
            assertThat(operator.enterprise().queryPermission().operatorsMayQuery()).isTrue();
            assertThat(operator.certificates().list(CertificateQuery.all())).hasSize(1);
            assertForbidden(() -> operator.enterprise().saveQueryPermission(new QueryPermission(false)));
            assertThat(admin.enterprise().queryPermission().operatorsMayQuery()).isTrue();

            assertThat(admin.enterprise().saveQueryPermission(new QueryPermission(false)).operatorsMayQuery()).isFalse();
            assertForbidden(() -> operator.certificates().list(CertificateQuery.all()).iterator().next());
            assertForbidden(() -> operator.enterprise().acceptance());
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertForbidden(() -> operator.certificates().export(today.minusDays(1), today, new ByteArrayOutputStream()));
            assertThat(admin.certificates().list(CertificateQuery.all())).hasSize(1);
            assertThat(admin.enterprise().acceptance().count(CertificateState.DRAFT)).isEqualTo(1);
            // What is not a query stays open to the operator.
            assertThat(operator.certificates().save(Operations.fresh()).state()).isEqualTo(CertificateState.DRAFT);

            admin.enterprise().saveQueryPermission(new QueryPermission(true));
            assertThat(operator.certificates().list(CertificateQuery.all())).hasSize(2);
        }
    }

    @Test
    void aMissingSwitchIsRefusedNamingIt() {
        try (Sandbox sandbox = sandbox(); CooClient admin = sandbox.newClient()) {
            assertThatThrownBy(() -> admin.enterprise().saveQueryPermission(null))
                    .isInstanceOfSatisfying(io.coo4j.core.InvalidInputException.class,
                            e -> assertThat(e.location()).isEqualTo("permission"));
            int status = Operations.raw(sandbox, "PUT", "enterprise/query-permission", "{\"everyone\": true}")
                    .statusCode();
            assertThat(status).isEqualTo(400);
        }
    }

    private static void assertForbidden(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ForbiddenException.class,
                e -> assertThat(e.errorCode()).isEqualTo("FORBIDDEN"));
    }
}
