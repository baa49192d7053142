package io.coo4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coo4j.client.ConflictException;
import io.coo4j.client.CooClient;
import io.coo4j.client.GoodsFilingQuery;
import io.coo4j.client.InvalidRequestException;
import io.coo4j.core.lifecycle.CertificateState;
import io.coo4j.core.lifecycle.GoodsFilingState;
import io.coo4j.core.model.CcpitSync;
import io.coo4j.core.model.CcpitSyncKind;
import io.coo4j.core.model.CcpitSyncStatus;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Enterprise;
import io.coo4j.core.model.GoodsFiling;
import io.coo4j.core.model.GoodsFilingRecord;
import io.coo4j.core.model.GoodsItem;
import io.coo4j.core.model.Receipt;
import io.coo4j.rules.CertificateValidator;
import io.coo4j.rules.filing.FiledGoodsCheck;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * CCPIT goods filings and data sync (商品备案, 数据同步, 002), the client against the simulator over loopback, with the
 * operations 002 and the lifecycle forbid.
 */
class GoodsFilingsAgainstSandboxTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static Sandbox sandbox(Duration reviewDelay) {
        return Sandbox.builder().reviewDelay(reviewDelay).start();
    }

    /** 用户备案 (002): "贸促会编码: 填写6位贸促会机构编码; 企业编码: 填写9位贸促会企业编码; 手签员姓名". */
    private static void fileUser(CooClient client) {
        Enterprise e = client.enterprise().get();
        client.enterprise().save(new Enterprise(e.filingNumber(), e.creditCode(), e.nameCn(), e.nameEn(), e.addressCn(),
                e.addressEn(), e.contact(), e.applicationMode(), e.producer(), null, false, e.commitment(), "440300",
                "440300001", "张三"));
    }

    private static GoodsFiling.Builder filing(String hs) {
        return GoodsFiling.builder().addRegion("E").addRegion("N").hsCode(hs).nameEn("WOODEN CHAIR").nameCn("木制椅子")
                .processingOperations("cutting, joining, finishing").manufacturer("深圳示例家具厂 深圳市示例路2号").unit("PCS")
                .unitFobValue(new BigDecimal("35.00")).addMaterial("4407", new BigDecimal("6.00"))
                .adValoremPercent(new BigDecimal("17"));
    }

    private static List<GoodsFilingRecord> list(CooClient client, GoodsFilingQuery query) {
        return StreamSupport.stream(client.goodsFilings().list(query).spliterator(), false).toList();
    }

    @Test
    void filingIsSavedDeclaredAndApprovedWithReceiptsAndServesTheValidator() {
        try (Sandbox sandbox = sandbox(Duration.ofMillis(30)); CooClient client = sandbox.newClient()) {
            fileUser(client);
            GoodsFilingRecord saved = client.goodsFilings().save(filing("940169").build());
            assertThat(saved.state()).isEqualTo(GoodsFilingState.DRAFT);
            assertThat(saved.applicationNumber()).isNull();
            client.goodsFilings().update(saved.id(), filing("94016900").build());

            GoodsFilingRecord declared = client.goodsFilings().declare(saved.id());
            assertThat(declared.state()).isEqualTo(GoodsFilingState.DECLARED);
            assertThat(declared.applicationNumber()).isNotBlank();
            assertThat(declared.declaredAt()).isNotNull();
            GoodsFilingRecord approved = client.goodsFilings().awaitReview(saved.id(), WAIT);

            assertThat(approved.state()).isEqualTo(GoodsFilingState.APPROVED);
            assertThat(approved.filing().hsCode()).isEqualTo("94016900");
            assertThat(client.goodsFilings().receipts(saved.id())).extracting(Receipt::status).containsExactly("已申报", "审核通过");
            // what an ERP hands its validator: the approved filings of the service
            assertThat(client.goodsFilings().filedGoods().approved("N", "94016900")).isTrue();
            assertThat(client.goodsFilings().filedGoods().approved("K", "94016900")).isFalse();
            Certificate chair = SampleData.certificate().toBuilder().issuingAuthority("440300").goods(List.of(GoodsItem.builder()
                    .seq(1).hsCode("94016900").nameEn("WOODEN CHAIR").originCriterion("PE").fobValue(BigDecimal.TEN).build())).build();
            CertificateValidator validator = CertificateValidator.builder().filedGoods(client.goodsFilings().filedGoods()).build();
            assertThat(validator.validate(chair).withCode("GOODS_FILING_GOODS_NOT_FILED")).isEmpty();
            assertThat(validator.validate(chair).notChecked()).extracting(n -> n.check()).doesNotContain(FiledGoodsCheck.FILED_GOODS);
        }
    }

    @Test
    void ccpitReturnsAFilingThatBreaksTheManualAndItIsEditedAndDeclaredAgain() {
        try (Sandbox sandbox = sandbox(Duration.ofMillis(30)); CooClient client = sandbox.newClient()) {
            fileUser(client);
            // 002: "《海峡两岸经济合作框架协议》商品信息需单独备案，不能与其它优惠区域合并"
            String id = client.goodsFilings().save(filing("940169").addRegion("H").build()).id();
            client.goodsFilings().declare(id);
            GoodsFilingRecord returned = client.goodsFilings().awaitReview(id, WAIT);
            assertThat(returned.state()).isEqualTo(GoodsFilingState.RETURNED);
            assertThat(client.goodsFilings().receipts(id)).last().satisfies(r -> {
                assertThat(r.status()).isEqualTo("退回");
                assertThat(r.text()).contains("GOODS_FILING_ECFA_NOT_ALONE regions[2]").contains("不能与其它优惠区域合并");
            });

            client.goodsFilings().update(id, filing("940169").build());
            assertThat(client.goodsFilings().get(id).state()).isEqualTo(GoodsFilingState.RETURNED);
            client.goodsFilings().declare(id);
            assertThat(client.goodsFilings().awaitReview(id, WAIT).state()).isEqualTo(GoodsFilingState.APPROVED);
        }
    }

    @Test
    void operationsTheLifecycleOrTheUserFilingForbidAreRefused() {
        try (Sandbox sandbox = sandbox(Duration.ofSeconds(30)); CooClient client = sandbox.newClient()) {
            // 002 注意事项: "使用系统前必须完善贸促会原产地证资质，否则系统不可用"
            assertThatThrownBy(() -> client.goodsFilings().save(filing("940169").build()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.state()).isEqualTo("NO_CCPIT_USER_FILING"));
            assertThatThrownBy(() -> client.goodsFilings().sync(CcpitSyncKind.GOODS_FILINGS)).isInstanceOf(ConflictException.class);
            fileUser(client);

            String declared = client.goodsFilings().save(filing("940169").build()).id();
            client.goodsFilings().declare(declared);
            assertThatThrownBy(() -> client.goodsFilings().update(declared, filing("940170").build()))
                    .as("editing a filing under review").isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("ILLEGAL_TRANSITION");
                        assertThat(e.state()).isEqualTo("DECLARED");
                        assertThat(e.operation()).isEqualTo("EDIT");
                    });
            assertThatThrownBy(() -> client.goodsFilings().delete(declared)).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> client.goodsFilings().declare(declared)).isInstanceOf(ConflictException.class);
            assertThat(client.goodsFilings().get(declared).filing().hsCode()).as("nothing changed").isEqualTo("940169");

            String approved = list(client, GoodsFilingQuery.builder().state(GoodsFilingState.APPROVED).build()).get(0).id();
            assertThatThrownBy(() -> client.goodsFilings().delete(approved))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.state()).isEqualTo("APPROVED"));
            // 复制 is how an approved filing is changed: a new draft, the approved one untouched
            GoodsFilingRecord copy = client.goodsFilings().copy(approved);
            assertThat(copy.id()).isNotEqualTo(approved);
            assertThat(copy.state()).isEqualTo(GoodsFilingState.DRAFT);
            assertThat(copy.filing()).isEqualTo(client.goodsFilings().get(approved).filing());
            client.goodsFilings().delete(copy.id());
            assertThat(list(client, GoodsFilingQuery.all())).extracting(GoodsFilingRecord::id).doesNotContain(copy.id());
        }
    }

    @Test
    void ccpitCertificateWithUnfiledGoodsIsNotDeclaredUntilTheGoodsAreFiled() {
        try (Sandbox sandbox = sandbox(Duration.ofMillis(30)); CooClient client = sandbox.newClient()) {
            fileUser(client);
            Certificate chair = SampleData.certificate().toBuilder().issuingAuthority("440300").goods(List.of(GoodsItem.builder()
                    .seq(1).hsCode("940169").nameEn("WOODEN CHAIR").originCriterion("PE").fobValue(BigDecimal.TEN).build())).build();
            String number = client.certificates().save(chair).certificate().number();
            // 002: "优惠原产地证书, 录入的商品信息必须是已备案并审核通过的商品数据"
            assertThatThrownBy(() -> client.certificates().declare(number))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.field()).isEqualTo("goods[0].hsCode");
                        assertThat(e.getMessage()).contains("GOODS_FILING_GOODS_NOT_FILED");
                    });
            assertThat(client.certificates().get(number).state()).isEqualTo(CertificateState.DRAFT);
            // the customs' certificate of the same goods is not concerned
            assertThat(client.certificates().declare(chair.toBuilder().issuingAuthority("5300").build()).state())
                    .isEqualTo(CertificateState.SENT);

            String filed = client.goodsFilings().save(filing("940169").build()).id();
            client.goodsFilings().declare(filed);
            client.goodsFilings().awaitReview(filed, WAIT);
            assertThat(client.certificates().declare(number).state()).isEqualTo(CertificateState.SENT);
        }
    }

    @Test
    void syncsBringWhatCcpitHoldsAndKeepTheirHistory() {
        try (Sandbox sandbox = sandbox(Duration.ofMillis(30)); CooClient client = sandbox.newClient()) {
            fileUser(client);
            assertThat(list(client, GoodsFilingQuery.builder().hsCode("0204").build())).isEmpty();

            // 002 数据同步: "同步企业在贸促会已备案的商品信息，以便直接申请优惠原产地证"
            CcpitSync started = client.goodsFilings().sync(CcpitSyncKind.GOODS_FILINGS);
            assertThat(started.status()).isEqualTo(CcpitSyncStatus.SYNCING);
            CcpitSync goods = client.goodsFilings().awaitSync(started.id(), WAIT);
            assertThat(goods.status()).isEqualTo(CcpitSyncStatus.COMPLETED);
            assertThat(goods.count()).isEqualTo(1);
            assertThat(goods.remark()).isEqualTo("商品备案同步成功");
            assertThat(goods.requestedBy()).isNotBlank();
            List<GoodsFilingRecord> synced = list(client, GoodsFilingQuery.builder().hsCode("0204").build());
            assertThat(synced).singleElement().satisfies(r -> {
                assertThat(r.state()).isEqualTo(GoodsFilingState.APPROVED);
                assertThat(r.filing().regions()).containsExactly("N");
            });
            assertThat(client.goodsFilings().awaitSync(client.goodsFilings().sync(CcpitSyncKind.GOODS_FILINGS).id(), WAIT)
                    .count()).as("nothing new at CCPIT").isZero();

            // "同步企业在贸促会的注册信息及企业变更信息"
            CcpitSync enterprise = client.goodsFilings().awaitSync(client.goodsFilings().sync(CcpitSyncKind.ENTERPRISE).id(), WAIT);
            assertThat(enterprise.count()).isEqualTo(1);
            assertThat(enterprise.remark()).isEqualTo("企业备案信息同步成功");
            assertThat(client.goodsFilings().syncs()).extracting(CcpitSync::kind)
                    .containsExactly(CcpitSyncKind.GOODS_FILINGS, CcpitSyncKind.GOODS_FILINGS, CcpitSyncKind.ENTERPRISE);
        }
    }

    @Test
    void queryFiltersAreThoseOfTheQueryScreen() {
        try (Sandbox sandbox = sandbox(Duration.ofSeconds(30)); CooClient client = sandbox.newClient()) {
            fileUser(client);
            // 002 商品备案查询: "商品HS编码 商品名称(中文) 商品名称(英文) 单据状态 申请时间"
            String chair = client.goodsFilings().save(filing("940169").build()).id();
            String table = client.goodsFilings().save(filing("940360").nameEn("WOODEN TABLE").nameCn("木制桌子").build()).id();
            Instant before = Instant.now().minusSeconds(60);
            client.goodsFilings().declare(table);

            assertThat(list(client, GoodsFilingQuery.builder().hsCode("9401").build())).extracting(GoodsFilingRecord::id)
                    .containsExactly(chair);
            assertThat(list(client, GoodsFilingQuery.builder().nameEn("wooden").build())).extracting(GoodsFilingRecord::id)
                    .containsExactly(chair, table);
            assertThat(list(client, GoodsFilingQuery.builder().nameCn("桌子").build())).extracting(GoodsFilingRecord::id)
                    .containsExactly(table);
            assertThat(list(client, GoodsFilingQuery.builder().state(GoodsFilingState.DECLARED).build()))
                    .extracting(GoodsFilingRecord::id).containsExactly(table);
            assertThat(list(client, GoodsFilingQuery.builder().declaredFrom(before).declaredTo(Instant.now().plusSeconds(60))
                    .build())).extracting(GoodsFilingRecord::id).containsExactly(table);
            assertThat(list(client, GoodsFilingQuery.builder().declaredTo(before).build())).isEmpty();
            assertThat(list(client, GoodsFilingQuery.builder().pageSize(1).build())).hasSize(3); // the sample filing, too
        }
    }
}
