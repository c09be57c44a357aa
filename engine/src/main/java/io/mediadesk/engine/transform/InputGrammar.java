package io.mediadesk.engine.transform;

/**
 * Value grammars for inputs: file paths ({@code di}, {@code ff}, {@code i} in image layers), layer
 * text ({@code i} in text layers) and base64 input ({@code ie}). Values are held decoded.
 *
 * <p>Decisions: paths lose leading and trailing slashes and {@code @@} means {@code /}, so
 * {@code di-@@a@@b.jpg} and {@code di-a@@b.jpg} are the same path; URL-encoded bytes must be valid
 * UTF-8; text-layer input is capped at 2000 characters plain and 2500 decoded from base64 (spec 7.7).
 */
final class InputGrammar {
    static final Syntax PATH = in -> path(in, in.text());
    static final Syntax INPUT = InputGrammar::input;
    static final Syntax INPUT_BASE64 = in -> base64(in, in.text());

    private static final int MAX_TEXT = 2000;
    private static final int MAX_BASE64_TEXT = 2500;

    private InputGrammar() {
    }

    private static Value input(ValueText in) {
        if (in.scope() == Scope.IMAGE_LAYER) {
            return path(in, in.text());
        }
        Value.Text text = plain(in, in.text());
        if (text.text().length() > MAX_TEXT) {
            throw in.fail("layer text is limited to " + MAX_TEXT + " characters");
        }
        return text;
    }

    static Value.Path path(ValueText in, String raw) {
        String decoded = decoded(in, raw).replace("@@", "/");
        String trimmed = decoded.replaceAll("^/+|/+$", "");
        if (trimmed.isEmpty()) {
            throw in.fail(in.label() + " needs a file path");
        }
        return new Value.Path(trimmed);
    }

    static Value.Text plain(ValueText in, String raw) {
        return new Value.Text(decoded(in, raw), Value.Text.Encoding.PLAIN);
    }

    static Value.Text base64(ValueText in, String raw) {
        String text = PercentCoding.unbase64(decoded(in, raw));
        if (text == null) {
            throw in.fail("not valid base64 text (encode UTF-8 as base64, then URL-encode it: = becomes %3D)");
        }
        if (text.length() > MAX_BASE64_TEXT) {
            throw in.fail("base64 input is limited to " + MAX_BASE64_TEXT + " characters of text");
        }
        return new Value.Text(text, Value.Text.Encoding.BASE64);
    }

    private static String decoded(ValueText in, String raw) {
        String decoded = PercentCoding.decode(raw);
        if (decoded == null) {
            throw in.fail("broken URL encoding (use %XX with two hex digits, UTF-8)");
        }
        return decoded;
    }
}
