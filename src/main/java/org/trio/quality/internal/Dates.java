package org.trio.quality.internal;

import java.time.format.DateTimeFormatter;

/** Date formats of texts written by the module (evidence titles, references). */
final class Dates {

    static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {}
}
