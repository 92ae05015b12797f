package org.trio.platform.document;

/**
 * Keeps text cells from being taken for formulas by a spreadsheet (formula injection): a text starting with
 * {@code = + - @}, a tab or a carriage return could run a formula or a command when the file is opened.
 */
final class FormulaGuard {

    private FormulaGuard() {}

    /** Whether a spreadsheet could read this text as a formula. */
    static boolean isRisky(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text prefixed with a single quote when it is risky, so it is read as plain text. */
    static String neutralise(String text) {
        return isRisky(text) ? "'" + text : text;
    }
}
