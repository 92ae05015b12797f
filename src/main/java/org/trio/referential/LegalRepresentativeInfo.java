package org.trio.referential;

/** A legal representative of a minor apprentice. */
public record LegalRepresentativeInfo(
        long id,
        long apprenticeId,
        int rank,
        String lastName,
        String firstName,
        String relationship,
        String email,
        String phonePersonal,
        String phoneWork,
        String pcs) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
