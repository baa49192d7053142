package io.coo4j.core.entry;

import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.core.model.BaseDataKind;
import io.coo4j.core.model.BaseDataProfile;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Declarant;
import io.coo4j.core.model.InitialValues;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.Principal;
import io.coo4j.core.model.Producer;
import org.junit.jupiter.api.Test;

class PrefillTest {
    /**
     * 001 ch.1 小提示: "代理企业请先在代理信息维护-代理企业维护委托人信息中添加、保存委托企业，然后在证书申请页面点击公司中文名称旁的“选择”按钮，选择委托企业";
     * ch.3: "代理企业可以录入主体识别码、委托企业中文名称、委托企业英文名称及地址 … 点击主体识别码，委托人信息会自动返填到录入框里".
     */
    @Test
    void aPrincipalFillsTheEnterpriseAndTheExporter() {
        Certificate draft = Certificate.builder().type("E").declaringEnterpriseCode("91440300456500999G")
                .exporter(new Party("OLD", "OLD ADDRESS", "CN", "0755-1", null, null)).build();
        Certificate c = Prefill.principal(draft, Principal.builder().code("456500999").nameCn("深圳示例有限公司")
                .nameEn("SHENZHEN EXAMPLE CO., LTD.").address("NO.1 EXAMPLE ROAD, SHENZHEN").build());
        assertThat(c.filingNumber()).isEqualTo("456500999");
        assertThat(c.enterpriseNameCn()).isEqualTo("深圳示例有限公司");
        assertThat(c.exporter()).isEqualTo(new Party("SHENZHEN EXAMPLE CO., LTD.", "NO.1 EXAMPLE ROAD, SHENZHEN", "CN",
                "0755-1", null, null));
        assertThat(c.declaringEnterpriseCode()).as("the agent stays the declaring enterprise").isEqualTo("91440300456500999G");
    }

    /**
     * 003 委托人维护 ("代理企业维护委托人信息，实现录入信息的反填"): the filing number, trade mode, declarant, currency,
     * authorities and place of application the screen keeps fill the certificate's; the organization code has no field.
     */
    @Test
    void a003PrincipalFillsItsCertificateFields() {
        Declarant declarant = new Declarant("张三", "11010519491231002X", "0411-88888888");
        Principal p = Principal.builder().code("91440300456500999G").nameCn("大连示例有限公司").filingNumber("788884567")
                .organizationCode("899777776").tradeMode("GENERAL_TRADE").declarant(declarant).currency("EUR")
                .issuingAuthority("0900").collectingAuthority("0901").applicationPlace("DALIAN").build();
        Certificate c = Prefill.principal(Certificate.builder().type("E").tradeMode("PROCESSING").currency("USD").build(), p);
        assertThat(c.creditCode()).isEqualTo("91440300456500999G");
        assertThat(c.filingNumber()).isEqualTo("788884567");
        assertThat(c.tradeMode()).isEqualTo("GENERAL_TRADE");
        assertThat(c.declarant()).isEqualTo(declarant);
        assertThat(c.currency()).isEqualTo("EUR");
        assertThat(c.issuingAuthority()).isEqualTo("0900");
        assertThat(c.collectingAuthority()).isEqualTo("0901");
        assertThat(c.applicationPlace()).isEqualTo("DALIAN");
        // a 001 principal, without 003's fields, leaves them as they were
        Certificate kept = Prefill.principal(Certificate.builder().type("E").tradeMode("PROCESSING").build(),
                Principal.builder().code("456500999").build());
        assertThat(kept.tradeMode()).isEqualTo("PROCESSING");
        assertThat(kept.filingNumber()).isEqualTo("456500999");
    }

    @Test
    void anEighteenCharacterSubjectIdIsTheCreditCode() {
        Certificate c = Prefill.principal(Certificate.builder().type("C").build(),
                Principal.builder().code("91440300456500999G").nameCn("示例").build());
        assertThat(c.creditCode()).isEqualTo("91440300456500999G");
        assertThat(c.filingNumber()).isNull();
        assertThat(c.exporter()).as("no English name or address: the exporter is not touched").isNull();
    }

    @Test
    void emptyPrincipalFieldsKeepTheCertificates() {
        Certificate draft = Certificate.builder().type("C").filingNumber("456500999").enterpriseNameCn("原名")
                .exporter(Party.of("KEPT NAME", "KEPT ADDRESS", "CN")).build();
        Certificate c = Prefill.principal(draft, Principal.builder().code(" ").address("NEW ADDRESS").build());
        assertThat(c.filingNumber()).isEqualTo("456500999");
        assertThat(c.enterpriseNameCn()).isEqualTo("原名");
        assertThat(c.exporter()).isEqualTo(Party.of("KEPT NAME", "NEW ADDRESS", "CN"));
    }

    /** 001 §1.1: "双击列表可将数据返填在出口商输入框内 …（进口商维护同上）"; 003: "双击列表可将数据返填至“出口商输入框”". */
    @Test
    void aBaseDataProfileFillsItsField() {
        Certificate draft = Certificate.builder().type("C").build();
        BaseDataProfile exporter = new BaseDataProfile(BaseDataKind.EXPORTER, "ACME", "ACME CO., LTD.", "NO.1 ROAD",
                "CN", "0755-1", "0755-2", "a@acme.cn", null, null);
        assertThat(Prefill.baseData(draft, exporter).exporter())
                .isEqualTo(new Party("ACME CO., LTD.", "NO.1 ROAD", "CN", "0755-1", "0755-2", "a@acme.cn"));
        BaseDataProfile importer = new BaseDataProfile(BaseDataKind.IMPORTER, "BUY", "BUYER PTE", "1 STREET", "SG",
                null, null, null, null, null);
        Certificate c = Prefill.baseData(draft, importer);
        assertThat(c.consignee()).isEqualTo(Party.of("BUYER PTE", "1 STREET", "SG"));
        assertThat(c.exporter()).isNull();
        assertThat(Prefill.baseData(draft, new BaseDataProfile(BaseDataKind.PRODUCER, "MAKER", "MAKER LTD", "ZONE 3",
                "CN", null, null, null, null, null)).producer()).isEqualTo(new Producer("MAKER LTD", "ZONE 3", false));
        assertThat(Prefill.baseData(draft, new BaseDataProfile(BaseDataKind.SPECIAL_CLAUSE, "LC1", null, null, null,
                null, null, null, null, "L/C NO. 123")).specialClauses()).isEqualTo("L/C NO. 123");
    }

    /**
     * 001 ch.2: "自理企业可设置原产地证初始值，如签证机关、领证机关、申请地址、出口商英文、申报员身份证号码等。在证书申请时，页面中的相关信息将自动返填";
     * 003 证书初始值设置: 签证机关, 领证机关, 申报员姓名, 申报员身份证号, 申请地址, 申报员电话, 贸易方式, 出口商, 进口商, 生产商描述.
     * Every one of those fields is filled.
     */
    @Test
    void initialValuesFillEveryFieldTheManualsList() {
        Declarant declarant = new Declarant("张三", "11010519491231002X", "13800000000");
        InitialValues v = new InitialValues("4700", "4701", "NINGBO, CHINA", Party.of("EXPORTER", "ADDRESS", "CN"),
                declarant, "0110", Party.of("IMPORTER", "ADDRESS", "SG"), "MAKER LTD");
        Certificate c = v.prefill("E").build();
        assertThat(c.type()).isEqualTo("E");
        assertThat(c.issuingAuthority()).as("签证机关").isEqualTo("4700");
        assertThat(c.collectingAuthority()).as("领证机关").isEqualTo("4701");
        assertThat(c.applicationPlace()).as("申请地址").isEqualTo("NINGBO, CHINA");
        assertThat(c.exporter()).as("出口商英文").isEqualTo(Party.of("EXPORTER", "ADDRESS", "CN"));
        assertThat(c.declarant()).as("申报员姓名, 申报员身份证号, 申报员电话").isEqualTo(declarant);
        assertThat(c.tradeMode()).as("贸易方式").isEqualTo("0110");
        assertThat(c.consignee()).as("进口商").isEqualTo(Party.of("IMPORTER", "ADDRESS", "SG"));
        assertThat(c.producer()).as("生产商描述").isEqualTo(new Producer("MAKER LTD", null, false));
        assertThat(InitialValues.class.getRecordComponents()).as("no field the manuals list is missing").hasSize(8);
    }
}
