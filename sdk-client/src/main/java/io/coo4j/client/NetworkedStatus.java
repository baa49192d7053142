package io.coo4j.client;

import io.coo4j.client.internal.Api;
import io.coo4j.core.model.ExportStatusRow;
import io.coo4j.core.model.ImportInfoRow;
import io.coo4j.core.model.ImportStatusRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The networked status query (原产地证明联网状态, 000; 001 ch.14): for an exported certificate, its domestic status
 * and, for networked agreements and destinations, the partner customs' status; for an inbound proof of origin under a
 * networked agreement, its status and its goods rows. An agreement or origin outside the networked import scope is an
 * {@link InvalidRequestException} naming {@code agreement} or {@code origin}; an unknown proof a
 * {@link NotFoundException}. Obtained from {@link CooClient#networkedStatus()}; thread-safe (线程安全).
 *
 * @since 0.1
 */
public final class NetworkedStatus {
    private final Api api;

    NetworkedStatus(Api api) {
        this.api = api;
    }

    /** The export status of the certificate {@code number}. */
    public ExportStatusRow export(String number) {
        return api.get("networkedStatus.export", ExportStatusRow.class, "networked", "export",
                Api.required("networked status", "number", number));
    }

    /**
     * 联网原产地证明状态查询 (000 §1.1): the status of an inbound proof, asked by the only combination the manual
     * allows — agreement code, origin country and proof number.
     */
    public ImportStatusRow importStatus(String agreement, String originCountry, String proofNumber) {
        return api.get("networkedStatus.importStatus", ImportStatusRow.class, proofKey(agreement, originCountry,
                proofNumber), "networked", "import", "status");
    }

    /**
     * 联网原产地证明信息查询 (000 §1.2): the goods rows of an inbound proof, each with its status; only
     * {@link ImportInfoRow#usableForImport() 海关接收成功} lets an import declaration use it.
     */
    public List<ImportInfoRow> importInfo(ImportInfoQuery query) {
        Api.required("networked status", "query", query);
        Map<String, String> q = proofKey(query.agreement(), query.originCountry(), query.proofNumber());
        q.put("proofType", query.proofType());
        q.put("hsCode", query.hsCode());
        q.put("issueDate", query.issueDate().toString());
        return api.all("networkedStatus.importInfo", ImportInfoRow.class, q, "networked", "import", "info");
    }

    private static Map<String, String> proofKey(String agreement, String originCountry, String proofNumber) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("agreement", Api.required("networked status", "agreement", agreement));
        q.put("origin", Api.required("networked status", "originCountry", originCountry));
        q.put("proof", Api.required("networked status", "proofNumber", proofNumber));
        return q;
    }
}
