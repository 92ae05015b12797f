package org.trio.referential;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What is needed to register a maître d'apprentissage. */
public record NewMentor(
        @NotNull Long employerId,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Size(max = 100) String firstName,
        @Past @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
        @Email @Size(max = 254) String email,

        @Size(max = 20) @Pattern(regexp = "^(\\+?[0-9 .\\-]{10,20})?$", message = "{phone.invalid}")
        String phone,

        @Size(max = 200) String jobTitle,

        @Pattern(regexp = "^([0-9]{2})?$", message = "{mentor.diploma.invalid}")
        String highestDiploma,

        @Min(3) @Max(8) Short highestDiplomaLevel,
        @Min(0) @Max(50) Short relatedExperienceYears,
        @Size(max = 300) String trainingFollowed,

        @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate trainingDate) {}
