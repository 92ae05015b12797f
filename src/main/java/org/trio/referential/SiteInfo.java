package org.trio.referential;

/** A training site or UFA as other modules see it. */
public record SiteInfo(
        long id,
        long cfaId,
        String name,
        SiteKind kind,
        String hostInstitution,
        String uai,
        String siret,
        String address,
        String postCode,
        String city,
        String communeInsee) {}
