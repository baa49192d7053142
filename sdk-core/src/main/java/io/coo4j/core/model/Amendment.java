package io.coo4j.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Why and how a certificate replaces another (the message's {@code ModCertificate}): the reason,
 * the boxes changed, the situation before and after, and the original's application and issue dates.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 */
public record Amendment(
        @Nullable String reason,
        @Nullable String changedBoxes,
        @Nullable String before,
        @Nullable String after,
        @Nullable LocalDate originalApplicationDate,
        @Nullable LocalDate originalIssueDate) {
    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return builder().reason(reason).changedBoxes(changedBoxes).before(before).after(after)
                .originalApplicationDate(originalApplicationDate).originalIssueDate(originalIssueDate);
    }

    /** Builder of {@link Amendment}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String reason;
        private @Nullable String changedBoxes;
        private @Nullable String before;
        private @Nullable String after;
        private @Nullable LocalDate originalApplicationDate;
        private @Nullable LocalDate originalIssueDate;

        private Builder() {
        }

        public Builder reason(@Nullable String v) { reason = v; return this; }
        public Builder changedBoxes(@Nullable String v) { changedBoxes = v; return this; }
        public Builder before(@Nullable String v) { before = v; return this; }
        public Builder after(@Nullable String v) { after = v; return this; }
        public Builder originalApplicationDate(@Nullable LocalDate v) { originalApplicationDate = v; return this; }
        public Builder originalIssueDate(@Nullable LocalDate v) { originalIssueDate = v; return this; }

        public Amendment build() {
            return new Amendment(reason, changedBoxes, before, after, originalApplicationDate, originalIssueDate);
        }
    }
}
