package io.coo4j.core.entry;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.model.BaseDataKind;
import io.coo4j.core.model.BaseDataProfile;
import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.Party;
import io.coo4j.core.model.Principal;
import io.coo4j.core.model.Producer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Pre-filling (返填) a certificate from what the enterprise keeps: a principal (委托企业) chosen by an agent, and an
 * exporter, importer, producer or special clause from its base data (出口商维护 / 进口商维护; 基础数据). Initial values
 * (初始值) start a new certificate: {@link io.coo4j.core.model.InitialValues#prefill}. Each method returns a new
 * certificate and changes only the fields it names; what it fills is judged by the validators like anything typed.
 *
 * @since 0.1
 */
public final class Prefill {
    /** A unified social credit code (统一社会信用代码) has 18 characters; a principal's other codes are filing numbers. */
    private static final int CREDIT_CODE_LENGTH = 18;

    private Prefill() {
    }

    /**
     * {@code certificate} filled from a principal (001 ch.1 小提示: "代理企业请先在代理信息维护-代理企业维护委托人信息中添加、保存委托企业，
     * 然后在证书申请页面点击公司中文名称旁的“选择”按钮，选择委托企业"; ch.3: "点击主体识别码，委托人信息会自动返填到录入框里"):
     * <ul>
     *   <li>the subject id (主体识别码) is the filing number (产地证备案号, the number's nine-character enterprise id), or
     *       the credit code when it has 18 characters;</li>
     *   <li>the Chinese name (委托企业中文名称) is the enterprise name (公司中文名称);</li>
     *   <li>the English name and address (委托企业英文名称及地址) are the exporter's (出口商, printed in English), whose
     *       country and contacts are kept;</li>
     *   <li>003's fields (委托人维护) fill their namesakes: the filing number (产地证备案号, over the one the subject id
     *       gives), the trade mode, the declarant, the currency, the issuing and collecting authorities and the place of
     *       application. The organization code (组织机构代码) has no certificate field and only names the principal.</li>
     * </ul>
     * Which screen field takes the English name and address is coo4j's reading (INFERRED): 001 does not name it.
     * Empty fields of the principal leave the certificate's as they are.
     */
    public static Certificate principal(Certificate certificate, Principal principal) {
        InvalidInputException.requireArgument(certificate, "Prefill.principal", "certificate");
        InvalidInputException.requireArgument(principal, "Prefill.principal", "principal");
        Certificate.Builder b = certificate.toBuilder();
        String code = principal.code();
        if (present(code)) {
            if (code.length() == CREDIT_CODE_LENGTH) {
                b.creditCode(code);
            } else {
                b.filingNumber(code);
            }
        }
        fill(principal.filingNumber(), b::filingNumber);
        fill(principal.nameCn(), b::enterpriseNameCn);
        fill(principal.tradeMode(), b::tradeMode);
        if (principal.declarant() != null) {
            b.declarant(principal.declarant());
        }
        fill(principal.currency(), b::currency);
        fill(principal.issuingAuthority(), b::issuingAuthority);
        fill(principal.collectingAuthority(), b::collectingAuthority);
        fill(principal.applicationPlace(), b::applicationPlace);
        if (present(principal.nameEn()) || present(principal.address())) {
            Party e = certificate.exporter();
            Party.Builder kept = e == null ? Party.builder() : e.toBuilder();
            b.exporter(kept.name(or(principal.nameEn(), e == null ? null : e.name()))
                    .address(or(principal.address(), e == null ? null : e.address())).build());
        }
        return b.build();
    }

    /**
     * {@code certificate} filled from a base-data profile, as double-clicking a row of the exporter maintenance does
     * (001 §1.1: "出口商也可在出口商维护里填写“企业简称”“出口商”信息，点击保存后出口商信息会显示在出口商列表里，双击列表可将数据返填在出口商输入框内
     * …（进口商维护同上）"; 003: "双击列表可将数据返填至“出口商输入框”"): an exporter profile fills the exporter, an
     * importer the consignee (收货人), a producer the producer (生产商) and a special clause the special clauses
     * (特殊条款). The profile's code (企业简称) only names it in the list and is not copied.
     */
    public static Certificate baseData(Certificate certificate, BaseDataProfile profile) {
        InvalidInputException.requireArgument(certificate, "Prefill.baseData", "certificate");
        BaseDataKind kind = InvalidInputException.requireArgument(InvalidInputException.requireArgument(profile, "Prefill.baseData", "profile").kind(), "Prefill.baseData",
                "profile.kind");
        Certificate.Builder b = certificate.toBuilder();
        Party party = Party.builder().name(profile.name()).address(profile.address()).country(profile.country())
                .phone(profile.phone()).fax(profile.fax()).email(profile.email()).build();
        switch (kind) {
            case EXPORTER -> b.exporter(party);
            case IMPORTER -> b.consignee(party);
            case PRODUCER -> b.producer(new Producer(profile.name(), profile.address(), false));
            case SPECIAL_CLAUSE -> b.specialClauses(profile.text());
        }
        return b.build();
    }

    /** Sets {@code value} through {@code into} unless it is empty: an empty field of the principal keeps the certificate's. */
    private static void fill(@Nullable String value, Consumer<String> into) {
        if (present(value)) {
            into.accept(value);
        }
    }

    private static boolean present(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    private static @Nullable String or(@Nullable String value, @Nullable String kept) {
        return present(value) ? value : kept;
    }
}
