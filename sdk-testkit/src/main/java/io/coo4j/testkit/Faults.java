package io.coo4j.testkit;

import io.coo4j.core.InvalidInputException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the simulator does wrong on purpose, each as a probability per request (0 to 1): answer 503
 * ({@code errorRate}), close the connection before doing anything ({@code dropBeforeRate}) or after doing the work
 * but before answering ({@code dropAfterRate} — the case only an idempotency key makes safe), answer 429
 * ({@code rateLimitRate}), wait {@code slowDelay} first ({@code slowRate}), and deliver a receipt twice
 * ({@code duplicateReceiptRate}, per receipt). The draws come from a generator seeded with {@code seed} (random unless
 * set), so a failure seen with one caller at a time comes back with the same seed; {@link #toString()} shows it.
 * Immutable; build with {@link #builder()}, change with {@link #toBuilder()}.
 *
 * @param errorRate the probability of answering 503
 * @param dropBeforeRate the probability of closing the connection before doing anything
 * @param dropAfterRate the probability of closing the connection after the work but before answering
 * @param rateLimitRate the probability of answering 429
 * @param slowRate the probability of waiting {@code slowDelay} first
 * @param slowDelay how long a slow request waits
 * @param duplicateReceiptRate the probability, per receipt, of delivering it twice
 * @param seed the seed of the generator the draws come from
 *
 * @since 0.1
 */
public record Faults(double errorRate, double dropBeforeRate, double dropAfterRate, double rateLimitRate,
                     double slowRate, Duration slowDelay, double duplicateReceiptRate, long seed) {
    /** Refuses a probability outside 0 to 1. */
    public Faults {
        check(errorRate, "errorRate");
        check(dropBeforeRate, "dropBeforeRate");
        check(dropAfterRate, "dropAfterRate");
        check(rateLimitRate, "rateLimitRate");
        check(slowRate, "slowRate");
        check(duplicateReceiptRate, "duplicateReceiptRate");
        InvalidInputException.requireArgument(slowDelay, "faults", "slowDelay");
    }

    /** A well-behaved service. */
    public static Faults none() {
        return builder().build();
    }

    /** A builder of a well-behaved service with a random seed. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these faults, to change some of them (the seed included). */
    public Builder toBuilder() {
        return builder().errorRate(errorRate).dropBeforeRate(dropBeforeRate).dropAfterRate(dropAfterRate)
                .rateLimitRate(rateLimitRate).slow(slowRate, slowDelay).duplicateReceiptRate(duplicateReceiptRate).seed(seed);
    }

    private static void check(double rate, String field) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new InvalidInputException("faults", field, "a probability from 0 to 1, got " + rate);
        }
    }

    /** Builds {@link Faults}; every rate defaults to 0, the seed to a random one. Not thread-safe. */
    public static final class Builder {
        private double errorRate;
        private double dropBeforeRate;
        private double dropAfterRate;
        private double rateLimitRate;
        private double slowRate;
        private Duration slowDelay = Duration.ZERO;
        private double duplicateReceiptRate;
        private long seed = ThreadLocalRandom.current().nextLong();

        private Builder() {
        }

        /** The probability of answering 503. */
        public Builder errorRate(double rate) {
            errorRate = rate;
            return this;
        }

        /** The probability of closing the connection before doing anything. */
        public Builder dropBeforeRate(double rate) {
            dropBeforeRate = rate;
            return this;
        }

        /** The probability of closing the connection after the work but before answering. */
        public Builder dropAfterRate(double rate) {
            dropAfterRate = rate;
            return this;
        }

        /** The probability of answering 429. */
        public Builder rateLimitRate(double rate) {
            rateLimitRate = rate;
            return this;
        }

        /** Waits {@code delay} before answering, with probability {@code rate}. */
        public Builder slow(double rate, Duration delay) {
            return slowRate(rate).slowDelay(delay);
        }

        /** The probability of waiting {@code slowDelay} first. */
        public Builder slowRate(double rate) {
            slowRate = rate;
            return this;
        }

        /** How long a slow request waits. */
        public Builder slowDelay(Duration delay) {
            slowDelay = InvalidInputException.requireArgument(delay, "Faults.Builder.slowDelay", "delay");
            return this;
        }

        /** The probability, per receipt, of delivering it twice. */
        public Builder duplicateReceiptRate(double rate) {
            duplicateReceiptRate = rate;
            return this;
        }

        /** The seed of the draws: the same seed injects the same faults into the same sequence of calls. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** The faults set so far. */
        public Faults build() {
            return new Faults(errorRate, dropBeforeRate, dropAfterRate, rateLimitRate, slowRate, slowDelay,
                    duplicateReceiptRate, seed);
        }
    }
}
