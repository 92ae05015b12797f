package org.trio.referential;

/** A school or university certifying a diploma prepared at the CFA. */
public record CertifyingInstitutionInfo(long id, String name, String uai, String siret, String kind) {}
