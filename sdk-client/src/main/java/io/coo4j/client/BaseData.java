package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.model.BaseDataKind;
import io.coo4j.core.model.BaseDataProfile;
import java.util.Map;

/**
 * Base data (基础数据, 002): exporter, importer, producer and special-clause profiles that pre-fill certificates, each
 * under a code of 3–8 letters or digits the user chooses. The service checks the form's limits (phone ≤ 20 digits or
 * symbols, bank account 19 letters or digits) and answers an {@link InvalidRequestException} naming the field.
 * Obtained from {@link CooClient#baseData()}; thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class BaseData {
    private static final String ROOT = "base-data";

    private final Api api;

    BaseData(Api api) {
        this.api = api;
    }

    /** Creates or replaces the profile under its kind and code. */
    public BaseDataProfile save(BaseDataProfile profile) {
        Api.required("base-data profile", "profile", profile);
        return api.put("baseData.save", BaseDataProfile.class, profile, ROOT, kind(profile.kind()).name(),
                code(profile.code()));
    }

    /** The profile of {@code kind} under {@code code}; a {@link NotFoundException} when there is none. */
    public BaseDataProfile get(BaseDataKind kind, String code) {
        return api.get("baseData.get", BaseDataProfile.class, ROOT, kind(kind).name(), code(code));
    }

    /** The profiles of one kind, fetched page by page while the iteration goes on. */
    public Iterable<BaseDataProfile> list(BaseDataKind kind) {
        String k = kind(kind).name();
        return () -> api.pages("baseData.list", BaseDataProfile.class, Map.of(), 0, ROOT, k);
    }

    /** Deletes the profile of {@code kind} under {@code code}; a {@link NotFoundException} when there is none. */
    public void delete(BaseDataKind kind, String code) {
        api.delete("baseData.delete", null, ROOT, kind(kind).name(), code(code));
    }

    private static BaseDataKind kind(BaseDataKind kind) {
        return Api.required("base-data profile", "kind", kind);
    }

    private static String code(String code) {
        return Api.required("base-data profile", "code", code);
    }
}
