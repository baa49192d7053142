package io.coo4j.testkit;

import static io.coo4j.testkit.QueryRefusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.coo4j.client.CooClient;
import io.coo4j.client.PreReviewQuery;
import io.coo4j.core.lifecycle.ApplicationStatus;
import io.coo4j.core.lifecycle.PreReviewStatus;
import io.coo4j.core.model.PreReviewRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 产品预审's list by the record's 状态 and 申请状态, the two the manual's text names and picks records by (001 ch.6:
 * "勾选状态为'注销'，申请状态为'暂存'的数据"; the query screen's conditions are in a picture only), the client against the
 * simulator over loopback; and the query's checks.
 */
class PreReviewQueriesAgainstSandboxTest {
    private static Sandbox sandbox;
    private static CooClient client;
    /** 新增 / 暂存. */
    private static String draft;
    /** 正常 / 审核通过. */
    private static String approved;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().reviewDelay(Duration.ofMillis(10)).start();
        client = sandbox.newClient();
        approved = client.preReviews().add(SampleData.preReview()).id();
        client.preReviews().submit(approved);
        client.preReviews().awaitReview(approved, Operations.WAIT);
        draft = client.preReviews().add(SampleData.preReview()).id();
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    private static List<String> ids(PreReviewQuery.Builder query) {
        List<String> out = new ArrayList<>();
        client.preReviews().list(query.build()).forEach(r -> out.add(r.id()));
        return out;
    }

    @Test
    void byStatus() {
        assertThat(ids(PreReviewQuery.builder().status(PreReviewStatus.NEW))).containsExactly(draft);
        assertThat(ids(PreReviewQuery.builder().status(PreReviewStatus.NORMAL))).containsExactly(approved);
        assertThat(ids(PreReviewQuery.builder().status(PreReviewStatus.CANCELLED))).isEmpty();
    }

    @Test
    void byApplicationStatus() {
        assertThat(ids(PreReviewQuery.builder().applicationStatus(ApplicationStatus.DRAFT))).containsExactly(draft);
        assertThat(ids(PreReviewQuery.builder().applicationStatus(ApplicationStatus.APPROVED))).containsExactly(approved);
    }

    /** 001 ch.6 第 4 步: "点击【查询】按钮，展示全部产品预审信息" — no condition lists every record, as list() does. */
    @Test
    void withoutConditionsEveryRecordAndPagesHoldTheFilter() {
        assertThat(ids(PreReviewQuery.builder().pageSize(1))).containsExactly(approved, draft);
        assertThat(client.preReviews().list()).extracting(PreReviewRecord::id).containsExactly(approved, draft);
        assertThat(ids(PreReviewQuery.builder().status(PreReviewStatus.NEW).applicationStatus(ApplicationStatus.APPROVED)))
                .isEmpty();
    }

    @Test
    void refusals() {
        refused(() -> PreReviewQuery.builder().pageSize(201).build(), "pageSize");
        refused(() -> client.preReviews().list(null), "query");
        assertThat(Operations.raw(sandbox, "GET", "pre-reviews?status=OPEN", null).body())
                .contains("\"field\":\"status\"");
        assertThat(Operations.raw(sandbox, "GET", "pre-reviews?applicationStatus=draft", null).body())
                .contains("\"field\":\"applicationStatus\"");
    }
}
