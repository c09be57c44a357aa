package io.mediadesk.library.query;

/**
 * One lexical token and the 1-based position of its first character.
 *
 * @param text the token's value: a string without its quotes and escapes, an operator's symbols,
 *     a word as written
 */
record Token(Type type, String text, int position) {

    enum Type { STRING, NUMBER, WORD, OPERATOR, OPEN_PAREN, CLOSE_PAREN, OPEN_BRACKET, CLOSE_BRACKET, COMMA, END }

    boolean is(Type t) {
        return type == t;
    }

    /** A keyword such as AND, OR, IN, NOT, HAS, EXISTS; keywords are case-insensitive. */
    boolean isWord(String keyword) {
        return type == Type.WORD && text.equalsIgnoreCase(keyword);
    }

    /** How the token reads in a message. */
    String describe() {
        return switch (type) {
            case END -> "the end of the query";
            case STRING -> "\"" + text + "\"";
            default -> "'" + text + "'";
        };
    }
}
