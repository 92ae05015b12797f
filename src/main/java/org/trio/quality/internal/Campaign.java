package org.trio.quality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.trio.shared.InvalidInputException;

/** A survey campaign of a CFA: one questionnaire sent to its respondents for a school year, open between two dates. */
@Entity
@Table(schema = "quality", name = "campaign")
class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cfa_id")
    public long cfaId;

    @Column(name = "questionnaire_id")
    public long questionnaireId;

    public String title;

    @Column(name = "school_year")
    public short schoolYear;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(name = "closes_on")
    public LocalDate closesOn;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    long version;

    protected Campaign() {}

    Campaign(
            long cfaId,
            long questionnaireId,
            String title,
            int schoolYear,
            LocalDate opensOn,
            LocalDate closesOn,
            OffsetDateTime createdAt) {
        if (closesOn.isBefore(opensOn)) {
            throw InvalidInputException.of("closesOn", "campaign.closesOn.beforeOpening");
        }
        this.cfaId = cfaId;
        this.questionnaireId = questionnaireId;
        this.title = title;
        this.schoolYear = (short) schoolYear;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.createdAt = createdAt;
    }

    public boolean openOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
