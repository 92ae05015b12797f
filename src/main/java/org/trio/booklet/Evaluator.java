package org.trio.booklet;

import java.util.Locale;

/** Who evaluates: the maître d'apprentissage in the company or the trainer at the CFA. */
public enum Evaluator {
    MENTOR,
    TRAINER;

    public String messageKey() {
        return "booklet.evaluator." + name().toLowerCase(Locale.ROOT);
    }
}
