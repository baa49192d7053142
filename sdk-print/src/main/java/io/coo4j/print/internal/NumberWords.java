package io.coo4j.print.internal;

/** A package count in English words, as the forms want it beside the figures: {@code 10 (TEN) CARTONS}. */
final class NumberWords {
    private static final String[] SMALL = {"ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT",
        "NINE", "TEN", "ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN",
        "NINETEEN"};
    private static final String[] TENS = {"", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY",
        "EIGHTY", "NINETY"};
    private static final long[] SCALES = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L};
    private static final String[] SCALE_NAMES = {"TRILLION", "BILLION", "MILLION", "THOUSAND"};

    private NumberWords() {
    }

    static String english(long n) {
        if (n < 0) {
            return "MINUS " + english(-n);
        }
        if (n < 20) {
            return SMALL[(int) n];
        }
        if (n < 100) {
            return TENS[(int) (n / 10)] + (n % 10 == 0 ? "" : "-" + SMALL[(int) (n % 10)]);
        }
        if (n < 1000) {
            return SMALL[(int) (n / 100)] + " HUNDRED" + (n % 100 == 0 ? "" : " AND " + english(n % 100));
        }
        for (int i = 0; i < SCALES.length; i++) {
            if (n >= SCALES[i]) {
                long rest = n % SCALES[i];
                return english(n / SCALES[i]) + " " + SCALE_NAMES[i] + (rest == 0 ? "" : " " + english(rest));
            }
        }
        throw new AssertionError(n);
    }
}
