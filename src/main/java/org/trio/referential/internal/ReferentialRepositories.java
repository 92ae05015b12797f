package org.trio.referential.internal;

import org.springframework.stereotype.Component;

/** The referential's repositories, gathered for the services that write several kinds of records. */
@Component
record ReferentialRepositories(
        Networks networks,
        Cfas cfas,
        Sites sites,
        CertifyingInstitutions certifyingInstitutions,
        Employers employers,
        Apprentices apprentices,
        LegalRepresentatives legalRepresentatives,
        ApprenticeHealths healths,
        Mentors mentors,
        StaffMembers staff,
        Programmes programmes,
        Cohorts cohorts) {}
