package org.trio.quality.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question of a questionnaire: a scale from 1 (pas du tout satisfait) to 5 (très satisfait), one choice among a
 * list, or free text (moderated before it is shown). Scale questions marked {@code satisfaction} feed the satisfaction
 * rate (4 or 5 = satisfied).
 */
@Entity
@Table(schema = "quality", name = "question")
class Question {

    enum Kind {
        SCALE,
        CHOICE,
        TEXT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public int position;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String text;

    public @Nullable String choices;

    public boolean required;

    public boolean satisfaction;

    @Version
    long version;

    protected Question() {}

    Question(int position, Kind kind, String text, @Nullable String choices, boolean required, boolean satisfaction) {
        this.position = position;
        this.kind = kind;
        this.text = text;
        this.choices = kind == Kind.CHOICE ? choices : null;
        this.required = required;
        this.satisfaction = kind == Kind.SCALE && satisfaction;
    }

    /** The options of a single-choice question, one per line or separated by semicolons. */
    public List<String> options() {
        if (choices == null) {
            return List.of();
        }
        return Arrays.stream(choices.split("[;\\n]"))
                .map(String::strip)
                .filter(option -> !option.isEmpty())
                .toList();
    }
}
