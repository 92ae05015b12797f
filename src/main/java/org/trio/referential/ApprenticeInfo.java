package org.trio.referential;

import java.time.LocalDate;
import java.time.Period;

/** An apprentice's identity, with the fields of the national upload format and of the SIFA survey. */
public record ApprenticeInfo(
        long id,
        long networkId,
        long cfaId,
        Long siteId,
        String lastName,
        String usageName,
        String firstName,
        String firstName2,
        String firstName3,
        LocalDate birthDate,
        String birthPostCode,
        String birthCommuneInsee,
        String birthPlace,
        String sex,
        String ine,
        String address,
        String postCode,
        String city,
        String communeInsee,
        String phone,
        String email,
        String nationality) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public boolean isMinorOn(LocalDate day) {
        return ageOn(day) < 18;
    }
}
