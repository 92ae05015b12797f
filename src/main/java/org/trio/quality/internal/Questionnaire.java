package org.trio.quality.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An appreciation questionnaire for one group of stakeholders (Qualiopi 30), shared by the CFAs of a network. */
@Entity
@Table(schema = "quality", name = "questionnaire")
class Questionnaire {

    enum Audience {
        APPRENTICE,
        EMPLOYER,
        FUNDER,
        TEACHING_TEAM
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "network_id")
    public long networkId;

    public String title;

    @Enumerated(EnumType.STRING)
    public Audience audience;

    public @Nullable String intro;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "questionnaire_id", nullable = false)
    @OrderBy("position")
    public List<Question> questions = new ArrayList<>();

    @Version
    long version;

    protected Questionnaire() {}

    Questionnaire(long networkId, String title, Audience audience, @Nullable String intro) {
        this.networkId = networkId;
        this.title = title;
        this.audience = audience;
        this.intro = intro;
    }

    void add(Question.Kind kind, String text, @Nullable String choices, boolean required, boolean satisfaction) {
        questions.add(new Question(questions.size() + 1, kind, text, choices, required, satisfaction));
    }
}
