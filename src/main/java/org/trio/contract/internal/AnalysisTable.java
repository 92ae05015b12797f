package org.trio.contract.internal;

import java.util.List;

/**
 * One table of the rupture analysis, generic enough for the page, the charts and the spreadsheet export: a title, typed
 * columns, rows and total rows.
 */
record AnalysisTable(String id, String title, List<Column> columns, List<Row> rows, List<Row> totals) {

    enum Kind {
        TEXT,
        COUNT,
        PERCENT,
        MONEY
    }

    /** A column: its header (French text) and what it holds. */
    record Column(String header, Kind kind) {}

    /** A row of cells ({@code null} for an empty cell; percentages as fractions, 0.1096 for 10,96 %). */
    record Row(List<Object> cells) {

        public Object cell(int index) {
            return cells.get(index);
        }
    }
}
