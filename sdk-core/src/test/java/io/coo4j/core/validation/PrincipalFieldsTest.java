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

    /**
     * No manual gives the principal's organization code a format. 003 委托人维护 lists "899777776" and "999999999"; the
     * only "9位组织机构代码" is 003 代理打印授权's "请输入代理企业9位组织机构代码", the agent's own code on another screen;
     * 003's certificate screen shows "组织机构代码 test1001". GB 11714-1997 §2.1's form (eight digits or capital letters
     * and a check character) is coo4j's reading, so a code outside it warns and is kept.
     */
    @Test
    void anOrganizationCodeOutsideGb11714sFormOnlyWarns() {
        for (String other : new String[] {"89977777", "899777776A", "8997777-6", "89977777x", "test1001"}) {
            assertThat(V.validate(complete().organizationCode(other).build()).violations()).as(other)
                    .extracting(Violation::code, Violation::path, Violation::severity, Violation::grade)
                    .containsExactly(tuple("ORGANIZATION_CODE_FORMAT", "organizationCode", Severity.WARNING, SourceGrade.INFERRED));
        }
        for (String shown : new String[] {"899777776", "999999999"}) {
            assertThat(V.validate(complete().organizationCode(shown).build()).violations()).as(shown).isEmpty();
            // why the check character is not verified: 003's own values would fail it
            assertThat(gb11714CheckCharacter(shown.substring(0, 8))).as(shown).isNotEqualTo(shown.charAt(8));
        }
        assertThat(gb11714CheckCharacter("89977777")).isEqualTo('3');
        assertThat(FieldRule.ORGANIZATION_CODE_FORMAT.source()).contains("899777776", "999999999",
                "请输入代理企业9位组织机构代码", "GB 11714-1997", "八位数字（或大写拉丁字母）本体代码");
    }

    /**
     * GB 11714-1997 §2.1.2: C9 = 11 − MOD(Σ Ci × Wi, 11) with weights 3 7 9 10 5 8 4 2, letters counting 10 to 35; 10 is
     * written X and 11 is written 0.
     */
    private static char gb11714CheckCharacter(String body) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body.charAt(i), 36) * weights[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
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
