package io.mediadesk.library;

/**
 * A value broke one of the service's rules (a tag, a folder path, a custom metadata value or field
 * definition). The message names the subject (the field, tag or path) and the rule, so the person
 * who typed it can fix it; retrying the same value fails the same way.
 */
public final class InvalidValueException extends LibraryException {
    private static final long serialVersionUID = 1L;

    private final String subject;
    private final String rule;

    public InvalidValueException(String subject, String rule, String message) {
        super(message);
        this.subject = subject;
        this.rule = rule;
    }

    /** What was wrong: a field name, {@code tag}, {@code folder}, {@code name}. */
    public String subject() {
        return subject;
    }

    /** The rule broken, a stable word: {@code required}, {@code maxLength}, {@code characters}, ... */
    public String rule() {
        return rule;
    }
}
