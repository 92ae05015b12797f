package org.trio.platform.spreadsheet;

/**
 * An uploaded spreadsheet cannot be used; the message, in French, says what is wrong and where (file, sheet, line,
 * cell) and is meant to be shown to the person who uploaded it.
 */
public class SpreadsheetException extends RuntimeException {

    public SpreadsheetException(String message) {
        super(message);
    }

    public SpreadsheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
