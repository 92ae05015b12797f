package org.trio.referential;

import java.time.LocalDate;

/** A maître d'apprentissage as other modules see them. */
public record MentorInfo(
        long id,
        long employerId,
        String lastName,
        String firstName,
        LocalDate birthDate,
        String email,
        String phone,
        String jobTitle,
        String highestDiploma,
        Short highestDiplomaLevel,
        Short relatedExperienceYears,
        String trainingFollowed,
        LocalDate trainingDate) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
