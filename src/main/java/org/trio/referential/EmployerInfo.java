package org.trio.referential;

/** An employer as other modules see it. */
public record EmployerInfo(
        long id,
        String siret,
        String name,
        String naf,
        String idcc,
        Integer headcount,
        String employerType,
        String specificEmployer,
        String address,
        String postCode,
        String city,
        String communeInsee,
        String contactName,
        String contactEmail,
        String contactPhone) {

    /** Public-sector employers have CERFA types 21 to 30. */
    public boolean isPublicSector() {
        return employerType != null && employerType.startsWith("2") || "30".equals(employerType);
    }
}
