package io.coo4j.core.json;

import io.coo4j.core.model.Certificate;
import io.coo4j.core.model.ProductPreReview;
import io.coo4j.core.testing.GeneratedFiles;
import io.coo4j.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** docs/schema/*.schema.json are what the model says; regenerate with -Dcoo4j.regenerate=true. */
class SchemaDocsTest {
    private static final String BASE = "https://coo4j.io/schema/v1/";

    @Test
    void certificateSchema() {
        check("certificate", Certificate.class, "coo4j certificate of origin (format version 1)");
    }

    @Test
    void productPreReviewSchema() {
        check("product-pre-review", ProductPreReview.class, "coo4j product pre-review (产品预审)");
    }

    @Test
    void billOfMaterialsSchema() {
        check("bill-of-materials", io.coo4j.core.model.BillOfMaterials.class, "coo4j bill of materials (origin determination)");
    }

    @Test
    void validationReportSchema() {
        check("validation-report", ValidationReport.class, "coo4j validation report");
    }

    @Test
    void goodsFilingSchema() {
        check("goods-filing", io.coo4j.core.model.GoodsFiling.class, "coo4j CCPIT goods filing (商品备案)");
    }

    private static void check(String name, Class<? extends Record> type, String title) {
        GeneratedFiles.check("docs/schema/" + name + ".schema.json",
                CooJson.strict().write(JsonSchemas.of(type, BASE + name + ".schema.json", title)));
    }
}
