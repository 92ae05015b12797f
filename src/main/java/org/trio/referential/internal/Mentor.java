package org.trio.referential.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.trio.referential.CodeList;
import org.trio.referential.NewMentor;

/**
 * A maître d'apprentissage: an employee of the employer who trains the apprentice in the company. Their highest diploma
 * (CERFA code) and level, and years of related experience, decide whether they qualify.
 */
@Entity
@Table(schema = "referential", name = "mentor")
class Mentor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "employer_id")
    long employerId;

    @Column(name = "last_name")
    String lastName;

    @Column(name = "first_name")
    String firstName;

    @Column(name = "birth_date")
    LocalDate birthDate;

    String email;
    String phone;

    @Column(name = "job_title")
    String jobTitle;

    @Column(name = "highest_diploma")
    String highestDiploma;

    @Column(name = "highest_diploma_level")
    Short highestDiplomaLevel;

    @Column(name = "related_experience_years")
    Short relatedExperienceYears;

    @Column(name = "training_followed")
    String trainingFollowed;

    @Column(name = "training_date")
    LocalDate trainingDate;

    @Version
    long version;

    protected Mentor() {}

    Mentor(long employerId) {
        this.employerId = employerId;
    }

    /** Records the maître's details; the level follows the CERFA code of the highest diploma when the code is known. */
    void describe(NewMentor details) {
        lastName = details.lastName().strip();
        firstName = details.firstName().strip();
        birthDate = details.birthDate();
        email = Versions.blankToNull(details.email());
        phone = Versions.blankToNull(details.phone());
        jobTitle = Versions.blankToNull(details.jobTitle());
        highestDiploma = Versions.blankToNull(details.highestDiploma());
        highestDiplomaLevel = CodeList.levelOfCerfaDiploma(highestDiploma)
                .map(Integer::shortValue)
                .orElse(details.highestDiplomaLevel());
        relatedExperienceYears = details.relatedExperienceYears();
        trainingFollowed = Versions.blankToNull(details.trainingFollowed());
        trainingDate = details.trainingDate();
    }

    void correct(long expectedVersion, NewMentor details) {
        Versions.check(Mentor.class, id, version, expectedVersion);
        describe(details);
    }
}
