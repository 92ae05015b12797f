package org.trio.referential;

/** A CFA as other modules see it. */
public record CfaInfo(
        long id,
        long networkId,
        String name,
        String uai,
        String siret,
        String cfaType,
        String postCode,
        String city,
        String communeInsee) {}
