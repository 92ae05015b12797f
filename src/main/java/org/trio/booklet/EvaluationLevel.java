package org.trio.booklet;

import java.util.Locale;

/** The levels of the evaluation grid, as used in practice: non vu, débutant, en cours d'acquisition, autonome. */
public enum EvaluationLevel {
    NOT_SEEN(0),
    BEGINNER(1),
    ACQUIRING(2),
    AUTONOMOUS(3);

    private final int score;

    EvaluationLevel(int score) {
        this.score = score;
    }

    /** 0 (non vu) to 3 (autonome), for averages and charts. */
    public int score() {
        return score;
    }

    public String messageKey() {
        return "booklet.level." + name().toLowerCase(Locale.ROOT);
    }
}
