package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.model.DeclarantRecord;
import java.util.Map;

/**
 * The enterprise's declarants (申报员信息维护, 003; 授权人员信息的维护, 004): the persons who declare, and whose signature
 * alone self-print takes (003 签名制作: "注意必须与原产地综合服务平台备案的申报员一致"). Only the enterprise's
 * administrator maintains them (003: "请使用企业管理员账号或法人卡登录…点击'我的操作员'菜单，新增无卡或绑卡操作员"): an
 * operator's add, update or remove is a {@link ForbiddenException}; anyone reads them. Records are kept under the
 * service's id, so that no identity number travels in a URL. Obtained from {@link CooClient#declarants()};
 * thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class Declarants {
    private static final String ROOT = "declarants";

    private final Api api;

    Declarants(Api api) {
        this.api = api;
    }

    /** 新增 (新增无卡操作员 / 新增有卡操作员): the record as kept, with its id; leave {@code id} out. */
    public DeclarantRecord add(DeclarantRecord declarant) {
        return api.post("declarants.add", DeclarantRecord.class, Api.required("declarant", "declarant", declarant), ROOT);
    }

    /** 修改: replaces the record with {@code declarant.id()}; the identity number stays the record's. */
    public DeclarantRecord update(DeclarantRecord declarant) {
        Api.required("declarant", "declarant", declarant);
        return api.put("declarants.update", DeclarantRecord.class, declarant, ROOT, id(declarant.id()));
    }

    /** The record under {@code id}; a {@link NotFoundException} when there is none. */
    public DeclarantRecord get(String id) {
        return api.get("declarants.get", DeclarantRecord.class, ROOT, id(id));
    }

    /** Every declarant, in the order they were added, fetched page by page while the iteration goes on. */
    public Iterable<DeclarantRecord> list() {
        return () -> api.pages("declarants.list", DeclarantRecord.class, Map.of(), 0, ROOT);
    }

    /** 删除: final; signatures already made for the declarant stay, but no new one is taken. */
    public void remove(String id) {
        api.delete("declarants.remove", null, ROOT, id(id));
    }

    private static String id(String id) {
        return Api.required("declarant", "id", id);
    }
}
