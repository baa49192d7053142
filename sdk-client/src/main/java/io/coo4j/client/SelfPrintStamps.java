package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.InvalidInputException;
import java.util.Map;

/**
 * The enterprise's seals (印章) or its declarants' signatures (签名) for self-print (003 印章管理): add one (the service
 * draws or extracts the image and checks 003's limits), list, enable (启用), disable (停用), and delete (删除) — only a
 * disabled one ("若要删除印章，请先停用后再删除"), else a {@link ConflictException} with state {@code ENABLED} and
 * operation {@code DELETE}. Obtained from {@link SelfPrint#seals()} and {@link SelfPrint#signatures()}; thread-safe
 * (线程安全).
 *
 * @param <T> {@code Seal} or {@code Signature}
 * @param <R> the request that makes one: {@link SealRequest} or {@link SignatureRequest}
 * @since 0.1
 */
public final class SelfPrintStamps<T, R> {
    private final Api api;
    private final Class<T> type;
    private final String segment;
    /** The operations' names start {@code selfPrint.seals} or {@code selfPrint.signatures}. */
    private final String area;

    SelfPrintStamps(Api api, Class<T> type, String segment) {
        this.api = api;
        this.type = type;
        this.segment = segment;
        this.area = "selfPrint." + segment;
    }

    /** Adds one; new ones are enabled. An image the service cannot use is an {@link InvalidRequestException} naming {@code scan}. */
    public T add(R request) {
        return api.post(area + ".add", type, InvalidInputException.requireArgument(request, area + ".add", "request"), SelfPrint.ROOT, segment);
    }

    /** Every one, fetched page by page while the iteration goes on. */
    public Iterable<T> list() {
        return () -> api.pages(area + ".list", type, Map.of(), 0, SelfPrint.ROOT, segment);
    }

    /** 启用: the one with {@code id} becomes usable for self-print. */
    public T enable(String id) {
        return api.post(area + ".enable", type, null, SelfPrint.ROOT, segment, id(id), "enable");
    }

    /** 停用: the one with {@code id} is no longer used; disabled, it may be deleted. */
    public T disable(String id) {
        return api.post(area + ".disable", type, null, SelfPrint.ROOT, segment, id(id), "disable");
    }

    /** Deletes a disabled one. */
    public void delete(String id) {
        api.delete(area + ".delete", null, SelfPrint.ROOT, segment, id(id));
    }

    private static String id(String id) {
        return Api.required("self-print", "id", id);
    }
}
