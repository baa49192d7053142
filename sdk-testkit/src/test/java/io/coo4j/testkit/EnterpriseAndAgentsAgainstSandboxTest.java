package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coo4j.client.ConflictException;
import io.coo4j.client.CooClient;
import io.coo4j.client.InvalidRequestException;
import io.coo4j.client.NotFoundException;
import io.coo4j.core.json.CooJson;
import io.coo4j.core.lifecycle.AgentRecordState;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.model.AgentRecord;
import io.coo4j.core.model.BaseDataKind;
import io.coo4j.core.model.BaseDataProfile;
import io.coo4j.core.model.Declarant;
import io.coo4j.core.model.Enterprise;
import io.coo4j.core.model.InitialValues;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.Principal;
import io.coo4j.core.model.Receipt;
import io.coo4j.core.model.SyncStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Enterprise information and sync (001 ch.1), initial values (001 ch.2), agents and principals (001 ch.3) and base
 * data (002), the client against the simulator over loopback. Each test has its own sandbox: the enterprise is one
 * per sandbox, and these tests change it.
 */
class EnterpriseAndAgentsAgainstSandboxTest {
    private static final Duration WAIT = Operations.WAIT;

    private static Sandbox sandbox() {
        return Sandbox.builder().reviewDelay(Duration.ofMillis(20)).start();
    }

    /**
     * The enterprise as the service has it with the given fields changed (name, value, name, value, …), the fields the
     * service sets left out, as it asks.
     */
    private static Enterprise edited(CooClient client, Object... changes) {
        ObjectMapper json = CooJson.strict().mapper();
        Map<String, Object> fields = json.convertValue(client.enterprise().get(), new TypeReference<>() { });
        fields.remove("syncStatus");
        fields.put("changeInProgress", false);
        for (int i = 0; i < changes.length; i += 2) {
            fields.put((String) changes[i], changes[i + 1]);
        }
        return json.convertValue(fields, Enterprise.class);
    }

    @Test
    void enterpriseStartsSyncedAndAChangeIsSyncedAfterSubmission() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            Enterprise e = client.enterprise().get();
            assertThat(e.syncStatus()).isEqualTo(SyncStatus.SYNC_SUCCESS);
            assertThat(e.readyToDeclare()).isTrue();

            client.enterprise().save(edited(client, "nameEn", "SHENZHEN EXAMPLE TRADING CO., LTD."));
            Enterprise submitted = client.enterprise().submit();
            assertThat(submitted.changeInProgress()).isTrue();
            assertThat(client.enterprise().awaitSync(WAIT).nameEn()).isEqualTo("SHENZHEN EXAMPLE TRADING CO., LTD.");
            assertThat(client.enterprise().get().readyToDeclare()).isTrue();
        }
    }

    @Test
    void savingAndSubmittingAreRefusedWhileTheCustomsHasAChange() {
        try (Sandbox sandbox = Sandbox.builder().reviewDelay(Duration.ofSeconds(30)).start();
             CooClient client = sandbox.newClient()) {
            client.enterprise().submit();
            assertThatThrownBy(() -> client.enterprise().save(edited(client)))
                    .isInstanceOfSatisfying(ConflictException.class, x -> {
                        assertThat(x.state()).isEqualTo("CHANGE_IN_PROGRESS");
                        assertThat(x.operation()).isEqualTo("EDIT");
                    });
            assertThatThrownBy(() -> client.enterprise().submit()).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> client.agents().add(agent("123456789")))
                    .isInstanceOfSatisfying(ConflictException.class, x -> assertThat(x.state()).isEqualTo("CHANGE_IN_PROGRESS"));
        }
    }

    @Test
    void aSyncFailureBlocksAgentsUntilTheEnterpriseIsEditedAndResubmitted() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            client.enterprise().save(edited(client, "filingNumber", "999999999"));
            client.enterprise().submit();
            assertThat(client.enterprise().awaitSync(WAIT).syncStatus()).isEqualTo(SyncStatus.SYNC_FAILED);
            assertThatThrownBy(() -> client.agents().add(agent("123456789")))
                    .isInstanceOfSatisfying(ConflictException.class, x -> assertThat(x.state()).isEqualTo("SYNC_FAILED"));

            client.enterprise().save(edited(client, "filingNumber", "456500999"));
            client.enterprise().submit();
            assertThat(client.enterprise().awaitSync(WAIT).syncStatus()).isEqualTo(SyncStatus.SYNC_SUCCESS);
            assertThat(client.agents().add(agent("123456789")).state()).isEqualTo(AgentRecordState.DRAFT);
        }
    }

    @Test
    void enterpriseFormRulesAreEnforcedNamingTheField() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            assertField(() -> client.enterprise().save(edited(client, "nameEn", null)), "nameEn");
            assertField(() -> client.enterprise().save(edited(client, "filingNumber", "12345678")), "filingNumber");
            assertField(() -> client.enterprise().save(edited(client, "creditCode", "91440300456500999g")),
                    "creditCode");
            assertField(() -> client.enterprise().save(edited(client, "syncStatus", "SYNC_SUCCESS")),
                    "syncStatus");
            Enterprise notApplying = client.enterprise().save(edited(client,
                    "applicationMode", "NOT_APPLYING", "nameEn", null));
            assertThat(notApplying.nameEn()).isNull();
        }
    }

    @Test
    void theCommitmentIsNeededToSubmitNotToSave() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            client.enterprise().save(edited(client, "commitment", false));
            assertField(() -> client.enterprise().submit(), "commitment");
            client.enterprise().save(edited(client, "commitment", true));
            assertThat(client.enterprise().submit().changeInProgress()).isTrue();
        }
    }

    @Test
    void onlyASyncedEnterpriseThatAppliesDeclaresAndOnlyAProducerFilesPreReviews() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            client.enterprise().save(edited(client, "filingNumber", "999999999"));
            client.enterprise().submit();
            client.enterprise().awaitSyncAsync(WAIT).join();
            String draft = Operations.draft(client);
            assertForbidden(() -> client.certificates().declare(draft), "SYNC_FAILED", "DECLARE");
            assertForbidden(() -> client.preReviews().add(SampleData.preReview()), "SYNC_FAILED", "ADD");

            client.enterprise().save(edited(client, "filingNumber", "456500999",
                    "applicationMode", "NOT_APPLYING", "producer", false));
            client.enterprise().submit();
            client.enterprise().awaitSync(WAIT);
            assertForbidden(() -> client.certificates().declare(draft), "NOT_APPLYING", "DECLARE");
            assertForbidden(() -> client.preReviews().add(SampleData.preReview()), "NOT_PRODUCER", "ADD");
            assertThat(client.certificates().get(draft).state()).isEqualTo(CertificateState.DRAFT);
        }
    }

    @Test
    void initialValuesAreSavedAndReadBack() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            assertThatThrownBy(() -> client.enterprise().initialValues()).isInstanceOf(NotFoundException.class);
            InitialValues values = new InitialValues("5300", "5300", "SHENZHEN",
                    Party.of("SHENZHEN EXAMPLE CO., LTD.", "NO.1 EXAMPLE ROAD", "CN"),
                    new Declarant("张三", "440301199001011234", "13800000000"), "GENERAL_TRADE", null, null);
            client.enterprise().saveInitialValues(values);
            assertThat(client.enterprise().initialValues()).isEqualTo(values);
            assertField(() -> client.enterprise().saveInitialValues(new InitialValues(null, null, null, null,
                    new Declarant("张三", null, "1380000000012345678901"), null, null, null)), "declarant.phone");
        }
    }

    @Test
    void agentIsSubmittedAcceptedThenDeletedThroughADeletionRequest() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            client.agents().add(agent("123456789"));
            client.agents().edit(new AgentRecord("123456789", null, "示例报关行（改）", null, List.of()));
            assertThat(client.agents().submit("123456789").state()).isEqualTo(AgentRecordState.SUBMITTED);
            assertThat(client.agents().awaitAccepted("123456789", WAIT).agentNameCn()).isEqualTo("示例报关行（改）");

            assertForbidden(() -> client.agents().submit("123456789"), "ACCEPTED", "SUBMIT");
            assertForbidden(() -> client.agents().edit(agent("123456789")), "ACCEPTED", "EDIT");
            assertThat(client.agents().delete("123456789")).get().extracting(AgentRecord::state)
                    .isEqualTo(AgentRecordState.DELETE_PENDING);
            assertForbidden(() -> client.agents().delete("123456789"), "DELETE_PENDING", "DELETE");
            client.agents().submit("123456789");
            Operations.await(() -> !client.agents().list().iterator().hasNext());
            assertThatThrownBy(() -> client.agents().get("123456789")).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void draftAgentIsRemovedAndAgentFieldsAreChecked() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            client.agents().add(agent("123456789"));
            assertThatThrownBy(() -> client.agents().add(agent("123456789")))
                    .isInstanceOfSatisfying(ConflictException.class, x -> assertThat(x.errorCode()).isEqualTo("CONFLICT"));
            assertThat(client.agents().delete("123456789")).isEmpty();
            assertThat(client.agents().list()).isEmpty();
            assertField(() -> client.agents().add(agent("12345678")), "agentFilingNumber");
            assertField(() -> client.agents().add(new AgentRecord("123456789", null, "代理", AgentRecordState.ACCEPTED,
                    List.of())), "state");
        }
    }

    @Test
    void principalsAreKeptOnlyByAnEnterpriseApplyingAsAgent() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            Principal principal = Principal.builder().code("91440300123456789X").nameCn("示例委托企业")
                    .nameEn("EXAMPLE PRINCIPAL CO., LTD.").address("NO.2 EXAMPLE ROAD, SHENZHEN").build();
            assertThatThrownBy(() -> client.agents().savePrincipal(principal))
                    .isInstanceOfSatisfying(ConflictException.class, x -> assertThat(x.state()).isEqualTo("SELF"));

            client.enterprise().save(edited(client, "applicationMode", "AGENT"));
            assertThatThrownBy(() -> client.agents().savePrincipal(principal))
                    .isInstanceOfSatisfying(ConflictException.class, x -> assertThat(x.state()).isEqualTo("SELF"));
            client.enterprise().submit();
            client.enterprise().awaitSync(WAIT);
            assertThatThrownBy(() -> client.agents().add(agent("123456789")))
                    .isInstanceOfSatisfying(ConflictException.class, x -> assertThat(x.state()).isEqualTo("AGENT"));

            client.agents().savePrincipal(principal);
            assertThat(client.agents().principal(principal.code())).isEqualTo(principal);
            assertThat(client.agents().principals()).containsExactly(principal);
            assertField(() -> client.agents().savePrincipal(Principal.builder().code("X-1").nameCn("名").nameEn("NAME")
                    .build()), "code");
            assertField(() -> client.agents().savePrincipal(Principal.builder().code("X1").nameCn("名").build()), "nameEn");
            client.agents().deletePrincipal(principal.code());
            assertThatThrownBy(() -> client.agents().principal(principal.code())).isInstanceOf(NotFoundException.class);
        }
    }

    /**
     * 003 委托人维护 keeps more than 001's four fields: "产地证备案号 组织机构代码 … 贸易方式 / 申报员姓名 申报员身份证号
     * 申报员联系方式 货币单位 / 签证机关 领证机关 申请地址"; the desk keeps them and refuses them in the manual's formats
     * ("9位原产地证备案号"). No manual gives the organization code a format, so one outside GB 11714's only warns: the desk
     * keeps it.
     */
    @Test
    void aPrincipalKeeps003sFieldsInTheirFormats() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            client.enterprise().save(edited(client, "applicationMode", "AGENT"));
            client.enterprise().submit();
            client.enterprise().awaitSync(WAIT);
            Principal principal = Principal.builder().code("788884567").nameCn("大连示例有限公司")
                    .nameEn("DALIAN EXAMPLE CO., LTD.").address("NO.1 EXAMPLE ROAD, DALIAN").filingNumber("788884567")
                    .organizationCode("899777776").tradeMode("GENERAL_TRADE")
                    .declarant(new Declarant("张三", "11010519491231002X", "0411-88888888")).currency("USD")
                    .issuingAuthority("0900").collectingAuthority("0900").applicationPlace("DALIAN").build();
            client.agents().savePrincipal(principal);
            assertThat(client.agents().principal("788884567")).isEqualTo(principal);
            assertField(() -> client.agents().savePrincipal(principal.toBuilder().filingNumber("7888845").build()),
                    "filingNumber");
            assertField(() -> client.agents().savePrincipal(principal.toBuilder().applicationPlace("大连").build()),
                    "applicationPlace");
            // What the principal pre-fills fits the customs message: coo.xsd AplAdd (申请地址) 30 characters, and
            // Exporter 400 for the English name and address on two lines.
            assertField(() -> client.agents().savePrincipal(principal.toBuilder().applicationPlace("D".repeat(31))
                    .build()), "applicationPlace");
            int addressMax = 400 - 1 - principal.nameEn().length();
            assertField(() -> client.agents().savePrincipal(principal.toBuilder().address("A".repeat(addressMax + 1))
                    .build()), "address");
            assertField(() -> client.agents().savePrincipal(principal.toBuilder().address("A".repeat(900_000))
                    .build()), "address");
            assertThat(client.agents().principal("788884567")).as("a refused save changes nothing").isEqualTo(principal);
            // 003's certificate screen shows "组织机构代码 test1001": a warning, not a refusal
            Principal shortCode = principal.toBuilder().organizationCode("test1001").build();
            client.agents().savePrincipal(shortCode);
            assertThat(client.agents().principal("788884567")).isEqualTo(shortCode);
            Principal longest = principal.toBuilder().address("A".repeat(addressMax)).applicationPlace("D".repeat(30))
                    .build();
            client.agents().savePrincipal(longest);
            assertThat(client.agents().principal("788884567")).isEqualTo(longest);
        }
    }

    @Test
    void baseDataProfilesAreKeptPerKindWithTheFormLimits() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            BaseDataProfile exporter = profile(BaseDataKind.EXPORTER, "EXP01", "+86-755-1234", "6222020200112233445");
            client.baseData().save(exporter);
            client.baseData().save(profile(BaseDataKind.IMPORTER, "IMP01", null, null));
            client.baseData().save(new BaseDataProfile(BaseDataKind.SPECIAL_CLAUSE, "CL001", null, null, null, null,
                    null, null, null, "THE GOODS ARE OF CHINESE ORIGIN."));

            assertThat(client.baseData().get(BaseDataKind.EXPORTER, "EXP01")).isEqualTo(exporter);
            assertThat(client.baseData().list(BaseDataKind.IMPORTER)).extracting(BaseDataProfile::code)
                    .containsExactly("IMP01");
            client.baseData().delete(BaseDataKind.IMPORTER, "IMP01");
            assertThat(client.baseData().list(BaseDataKind.IMPORTER)).isEmpty();
            assertThatThrownBy(() -> client.baseData().get(BaseDataKind.IMPORTER, "IMP01"))
                    .isInstanceOf(NotFoundException.class);

            assertField(() -> client.baseData().save(profile(BaseDataKind.EXPORTER, "E1", null, null)), "code");
            assertField(() -> client.baseData().save(profile(BaseDataKind.EXPORTER, "EXP123456", null, null)), "code");
            assertField(() -> client.baseData().save(profile(BaseDataKind.EXPORTER, "EXP02", "1".repeat(21), null)),
                    "phone");
            assertField(() -> client.baseData().save(profile(BaseDataKind.EXPORTER, "EXP02", null, "622202020011223344")),
                    "bankAccount");
            assertField(() -> client.baseData().save(new BaseDataProfile(BaseDataKind.SPECIAL_CLAUSE, "CL002", null,
                    null, null, null, null, null, null, null)), "text");
        }
    }

    /**
     * 001 ch.1: "企业基本信息提交之后可查看回执情况，点击【查看回执】按钮查看回执信息"; the columns are 003's 回执信息
     * (处理日期, 状态, 企业申请类别, 说明): a change (企业变更) sent and answered, then a failed one resubmitted as a filing.
     */
    @Test
    void theEnterprisesReceiptsListEverySubmissionAndItsAnswer() {
        try (Sandbox sandbox = sandbox(); CooClient client = sandbox.newClient()) {
            assertThat(client.enterprise().receipts()).isEmpty();
            client.enterprise().save(edited(client, "nameEn", "SHENZHEN EXAMPLE TRADING CO., LTD."));
            client.enterprise().submit();
            client.enterprise().awaitSync(WAIT);
            client.enterprise().save(edited(client, "filingNumber", "999999999"));
            client.enterprise().submit();
            assertThat(client.enterprise().awaitSync(WAIT).syncStatus()).isEqualTo(SyncStatus.SYNC_FAILED);
            client.enterprise().save(edited(client, "filingNumber", "456500999"));
            client.enterprise().submit();
            client.enterprise().awaitSync(WAIT);
            List<Receipt> receipts = client.enterprise().receipts();
            assertThat(receipts).extracting(Receipt::seq).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(receipts).extracting(Receipt::code, Receipt::status).containsExactly(
                    tuple("企业变更", "审核中"), tuple("企业变更", "审核成功"),
                    tuple("企业变更", "审核中"), tuple("企业变更", "自动审核退回，待修改"),
                    tuple("企业备案", "审核中"), tuple("企业备案", "审核成功"));
            assertThat(receipts.get(1).text()).isEqualTo("您的备案已审核通过");
            assertThat(receipts).allSatisfy(r -> assertThat(r.time()).isNotNull());
        }
    }

    private static BaseDataProfile profile(BaseDataKind kind, String code, String phone, String bank) {
        return new BaseDataProfile(kind, code, "EXAMPLE CO., LTD.", "NO.1 EXAMPLE ROAD", "CN", phone, null, null, bank,
                null);
    }

    private static AgentRecord agent(String filingNumber) {
        // A credit code with its right check character (GB 32100-2015): Q for 91440300123456789.
        return new AgentRecord(filingNumber, "91440300123456789Q", "示例报关行", null, List.of());
    }

    static void assertField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRequestException.class,
                x -> assertThat(x.field()).isEqualTo(field));
    }

    static void assertForbidden(ThrowingCallable call, String state, String operation) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class, x -> {
            assertThat(x.errorCode()).isEqualTo("ILLEGAL_TRANSITION");
            assertThat(x.state()).isEqualTo(state);
            assertThat(x.operation()).isEqualTo(operation);
        });
    }
}
