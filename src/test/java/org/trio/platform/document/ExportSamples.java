package org.trio.platform.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A small table with every column type and the texts a formula injection would use. */
final class ExportSamples {

    record Person(
            String name,
            Integer age,
            BigDecimal amount,
            Double rate,
            LocalDate born,
            OffsetDateTime seen,
            Boolean active) {}

    static final List<Person> PEOPLE = List.of(
            new Person(
                    "Zoé Lefèvre; « cœur »",
                    19,
                    new BigDecimal("1234.5"),
                    0.125,
                    LocalDate.of(2007, 3, 9),
                    OffsetDateTime.of(2026, 11, 23, 7, 30, 0, 0, ZoneOffset.UTC),
                    true),
            new Person("=SUM(A1)", -2, new BigDecimal("-2.75"), -0.5, null, null, false),
            new Person("+33 6 12 34 56 78", null, null, null, null, null, null),
            new Person("-2+3", 0, BigDecimal.ZERO, 1.0, null, null, null),
            new Person("@cmd", 7, new BigDecimal("0.10"), 0.0, null, null, null),
            new Person("\tcaché", 1, null, null, null, null, null));

    static Table<Person> people() {
        return Table.<Person>titled("Apprentis [2026/2027]: liste*")
                .text("Nom", Person::name)
                .integer("Âge", Person::age)
                .decimal("Montant", Person::amount)
                .percent("Taux", Person::rate)
                .date("Naissance", Person::born)
                .dateTime("Vu le", Person::seen)
                .bool("Actif", Person::active)
                .rows(PEOPLE);
    }

    private ExportSamples() {}
}
