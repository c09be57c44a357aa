package io.mediadesk.desktop.library;

import java.util.Optional;

/**
 * The one-click filters beside the search bar. Each is a fragment of the searchQuery language, so
 * a quick filter means exactly what typing it would mean, and every store already compiles it.
 */
public final class QuickFilter {
    private QuickFilter() {
    }

    public enum Size {
        ANY("Any size", null), SMALL("Under 1 MB", "size < \"1mb\""), MEDIUM("1 to 10 MB", "size >= \"1mb\" AND size <= \"10mb\""),
        LARGE("Over 10 MB", "size > \"10mb\"");

        private final String label;
        private final String clause;

        Size(String label, String clause) {
            this.label = label;
            this.clause = clause;
        }

        public Optional<String> clause() {
            return Optional.ofNullable(clause);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public enum Added {
        ANY("Any date", null), WEEK("Last 7 days", "createdAt > \"7d\""), MONTH("Last 30 days", "createdAt > \"30d\""),
        YEAR("Last year", "createdAt > \"1y\"");

        private final String label;
        private final String clause;

        Added(String label, String clause) {
            this.label = label;
            this.clause = clause;
        }

        public Optional<String> clause() {
            return Optional.ofNullable(clause);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The format words the library stores; "any" is no filter. */
    public static final java.util.List<String> FORMATS = java.util.List.of("Any format", "jpg", "png", "webp", "gif", "avif", "tiff");

    static Optional<String> format(String choice) {
        return choice == null || choice.equals(FORMATS.get(0)) ? Optional.empty() : Optional.of("format = \"" + choice + "\"");
    }

    static Optional<String> tag(String tag) {
        if (tag == null || tag.isBlank()) return Optional.empty();
        return Optional.of("tags IN [\"" + tag.strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"]");
    }
}
