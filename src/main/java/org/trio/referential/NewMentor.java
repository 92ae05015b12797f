package org.trio.referential;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What is needed to register a maître d'apprentissage. */
public record NewMentor(
        @NotNull Long employerId,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Size(max = 100) String firstName,
        @Past LocalDate birthDate,
        @Email @Size(max = 254) String email,
        @Size(max = 20) String phone,
        @Size(max = 200) String jobTitle,
        @Size(max = 2) String highestDiploma,
        @Min(3) @Max(8) Short highestDiplomaLevel,
        @Min(0) @Max(50) Short relatedExperienceYears,
        @Size(max = 300) String trainingFollowed,
        LocalDate trainingDate) {}
