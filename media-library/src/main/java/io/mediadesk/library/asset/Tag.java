package io.mediadesk.library.asset;

import io.mediadesk.library.InvalidValueException;
import java.util.Collection;

/**
 * One tag, by the service's upload rules: tags travel comma-joined, so no comma; {@code %} is
 * forbidden; surrounding blanks are dropped; and all of one asset's tags joined with commas may
 * not exceed 500 characters. Case is kept and matters, as on the service ({@code tags IN} is exact).
 */
public record Tag(String value) implements Comparable<Tag> {
    public static final int MAX_TOTAL_LENGTH = 500;

    public Tag {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("tag", "required", "a tag cannot be empty");
        }
        if (!value.equals(value.strip())) {
            throw new InvalidValueException("tag", "blanks", "tag \"" + value + "\" starts or ends with blanks; use Tag.of to trim");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '%' || Character.isISOControl(c)) {
                throw new InvalidValueException("tag", "characters", "tag \"" + value + "\" contains "
                        + (c == ',' ? "a comma" : c == '%' ? "%" : "a control character") + ", which tags may not contain");
            }
        }
        if (value.length() > MAX_TOTAL_LENGTH) {
            throw new InvalidValueException("tag", "maxLength", "tag is " + value.length() + " characters; at most " + MAX_TOTAL_LENGTH);
        }
    }

    /** Trims, then checks. */
    public static Tag of(String text) {
        return new Tag(text == null ? null : text.strip());
    }

    /** Refuses a tag set whose comma-joined form is longer than the service accepts. */
    public static void checkTotal(Collection<Tag> tags) {
        int total = Math.max(0, tags.size() - 1);
        for (Tag t : tags) {
            total += t.value.length();
        }
        if (total > MAX_TOTAL_LENGTH) {
            throw new InvalidValueException("tags", "maxTotalLength", "the tags add up to " + total
                    + " characters joined with commas; the service allows " + MAX_TOTAL_LENGTH);
        }
    }

    @Override
    public int compareTo(Tag other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
