package io.coo4j.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Why and how a certificate replaces another (the message's {@code ModCertificate}): the reason,
 * the boxes changed, the situation before and after, and the original's application and issue dates.
 *
 * <p>Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param reason why the certificate is amended or reissued (更改原因)
 * @param changedBoxes the boxes changed
 * @param before the situation before the change
 * @param after the situation after the change
 * @param originalApplicationDate the original certificate's application date
 * @param originalIssueDate the original certificate's issue date
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

        /** Why the certificate is amended or reissued (更改原因). */
        public Builder reason(@Nullable String v) { reason = v; return this; }
        /** The boxes changed. */
        public Builder changedBoxes(@Nullable String v) { changedBoxes = v; return this; }
        /** The situation before the change. */
        public Builder before(@Nullable String v) { before = v; return this; }
        /** The situation after the change. */
        public Builder after(@Nullable String v) { after = v; return this; }
        /** The original certificate's application date. */
        public Builder originalApplicationDate(@Nullable LocalDate v) { originalApplicationDate = v; return this; }
        /** The original certificate's issue date. */
        public Builder originalIssueDate(@Nullable LocalDate v) { originalIssueDate = v; return this; }

        /** Builds the value from the fields set so far. */
        public Amendment build() {
            return new Amendment(reason, changedBoxes, before, after, originalApplicationDate, originalIssueDate);
        }
    }
}
