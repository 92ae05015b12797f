package org.trio.referential;

/** A staff member as other modules see them. */
public record StaffInfo(
        long id,
        long networkId,
        Long cfaId,
        Long siteId,
        String lastName,
        String firstName,
        String email,
        String phone,
        StaffFunction function,
        String jobTitle) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
