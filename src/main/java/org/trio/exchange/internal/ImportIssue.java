package org.trio.exchange.internal;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in an imported row: where (row number as the spreadsheet shows it, column), the value, why, and
 * whether it stops the import (error) or is only reported (warning).
 */
record ImportIssue(int row, @Nullable TdbColumn column, String value, String reason, Severity severity) {

    enum Severity {
        ERROR,
        WARNING,
        DUPLICATE
    }

    static ImportIssue error(int row, @Nullable TdbColumn column, String value, String reason) {
        return new ImportIssue(row, column, value, reason, Severity.ERROR);
    }

    static ImportIssue warning(int row, @Nullable TdbColumn column, String value, String reason) {
        return new ImportIssue(row, column, value, reason, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String columnLetter() {
        return column == null ? "" : column.letter();
    }

    public String columnName() {
        return column == null ? "" : column.fieldName();
    }

    /** The whole message in French, e.g. for the command line: row, column letter and name, value, reason. */
    public String message() {
        StringBuilder text = new StringBuilder(severity == Severity.ERROR ? "Erreur" : "Avertissement");
        if (row > 0) {
            text.append(" ligne ").append(row);
        }
        if (column != null) {
            text.append(", colonne ")
                    .append(column.letter())
                    .append(" (")
                    .append(column.fieldName())
                    .append(")");
        }
        if (!value.isEmpty()) {
            text.append(", valeur « ").append(value).append(" »");
        }
        return text.append(" : ").append(reason).toString();
    }
}
