package io.coo4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.coo4j.core.model.Declarant;
import io.coo4j.core.model.Principal;
import org.junit.jupiter.api.Test;

/**
 * 003 委托人维护: "产地证备案号 组织机构代码 委托企业中文名称 贸易方式 / 申报员姓名 申报员身份证号 申报员联系方式 货币单位 /
 * 签证机关 领证机关 申请地址 (英文) / 委托企业英文名称 地址 (英文)", each field's rule in the manuals' words.
 */
class PrincipalFieldsTest {
    private static final FieldValidator V = FieldValidator.defaults();

    static Principal.Builder complete() {
        return Principal.builder().code("456500999").nameCn("大连示例有限公司").nameEn("DALIAN EXAMPLE CO., LTD.")
                .address("NO.1 EXAMPLE ROAD, DALIAN").filingNumber("788884567").organizationCode("89977777X")
                .tradeMode("GENERAL_TRADE").declarant(new Declarant("张三", "11010519491231002X", "0411-88888888"))
                .currency("USD").issuingAuthority("0900").collectingAuthority("0900").applicationPlace("DALIAN");
    }

    @Test
    void aCompletePrincipalHasNoFinding() {
        ValidationReport r = V.validate(complete().build());
        assertThat(r.violations()).isEmpty();
        // without a data pack the districts are not known: said, not passed
        assertThat(r.notChecked()).isNotEmpty();
        assertThat(V.validate(Principal.builder().build()).violations()).as("003 stars no field of the screen").isEmpty();
    }

    @Test
    void theFilingNumberHasNineDigits() {
        // 003: "维护9位原产地备案号", "取得9位原产地证备案号"
        assertThat(V.validate(complete().filingNumber("78888456").build()).violations())
                .extracting(Violation::code, Violation::path).containsExactly(tuple("FILING_NUMBER_FORMAT", "filingNumber"));
    }

    @Test
    void theOrganizationCodeHasNineLettersOrDigits() {
        // 003: "请输入代理企业9位组织机构代码"
        for (String bad : new String[] {"89977777", "899777776A", "8997777-6"}) {
            assertThat(V.validate(complete().organizationCode(bad).build()).violations()).as(bad)
                    .extracting(Violation::code, Violation::path, Violation::grade)
                    .containsExactly(tuple("ORGANIZATION_CODE_FORMAT", "organizationCode", SourceGrade.SEED));
        }
        assertThat(V.validate(complete().organizationCode("899777776").build()).violations()).isEmpty();
        assertThat(FieldRule.ORGANIZATION_CODE_FORMAT.source()).contains("9位组织机构代码");
        assertThat(FieldRule.ORGANIZATION_CODE_FORMAT.messageTemplateZh()).contains("9位");
    }

    @Test
    void theFieldsTheScreenMarksEnglishArePrintedEnglish() {
        // 003 委托人维护: "申请地址 英文", "委托企业英文名称 地址 英文"
        Principal chinese = complete().nameEn("大连示例").address("大连市示例路1号").applicationPlace("大连").build();
        assertThat(V.validate(chinese).violations()).extracting(Violation::code, Violation::path).containsExactly(
                tuple("NOT_PRINTABLE_ENGLISH", "nameEn"), tuple("NOT_PRINTABLE_ENGLISH", "address"),
                tuple("NOT_PRINTABLE_ENGLISH", "applicationPlace"));
    }

    @Test
    void theDeclarantTradeModeAndCurrencyAreCheckedAsOnACertificate() {
        // 003 申报员身份证号; the certificate's declarant, trade mode and currency they pre-fill
        Principal p = complete().declarant(new Declarant("张三", "110105194912310021", null)).tradeMode("BARTER?")
                .currency("US$").build();
        assertThat(V.validate(p).violations()).extracting(Violation::code, Violation::path).containsExactly(
                tuple("TRADE_MODE_UNKNOWN", "tradeMode"), tuple("RESIDENT_ID_CHECK", "declarant.idNumber"),
                tuple("CURRENCY_UNKNOWN", "currency"));
    }
}
