package org.trio.referential.internal;

import static org.trio.referential.internal.Versions.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.trio.referential.ApprenticeRegistered;
import org.trio.referential.NewApprentice;
import org.trio.referential.NewCertifyingInstitution;
import org.trio.referential.NewCfa;
import org.trio.referential.NewCohort;
import org.trio.referential.NewEmployer;
import org.trio.referential.NewLegalRepresentative;
import org.trio.referential.NewMentor;
import org.trio.referential.NewProgramme;
import org.trio.referential.NewSite;
import org.trio.referential.NewStaffMember;
import org.trio.shared.IdentifierKind;
import org.trio.shared.InvalidInputException;

/** Creates referential records from validated commands, checking the rules that span several records. */
@Component
class ReferentialRegistrations {

    private final ReferentialRepositories repositories;
    private final ReferentialRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferentialRegistrations(
            ReferentialRepositories repositories,
            ReferentialRules rules,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repositories = repositories;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    long network(String name) {
        return repositories.networks().save(new Network(name.strip())).id;
    }

    long cfa(NewCfa command) {
        String uai = IdentifierKind.UAI.normalize(command.uai());
        rules.uaiFreeForCfa(uai, null);
        repositories
                .networks()
                .findById(command.networkId())
                .orElseThrow(() -> InvalidInputException.of("networkId", "network.unknown"));
        Cfa cfa = new Cfa(
                command.networkId(),
                command.name().strip(),
                uai,
                IdentifierKind.SIRET.normalize(command.siret()),
                command.cfaType(),
                ReferentialRules.address(
                        command.address(), command.postCode(), command.city(), command.communeInsee()));
        return repositories.cfas().save(cfa).id;
    }

    long site(NewSite command) {
        rules.cfa(command.cfaId());
        Site site = new Site(
                command.cfaId(),
                command.name().strip(),
                command.kind(),
                blankToNull(command.hostInstitution()),
                IdentifierKind.UAI.normalize(command.uai()),
                blankToNull(IdentifierKind.SIRET.normalize(command.siret())),
                ReferentialRules.address(
                        command.address(), command.postCode(), command.city(), command.communeInsee()));
        return repositories.sites().save(site).id;
    }

    long certifyingInstitution(NewCertifyingInstitution command) {
        CertifyingInstitution institution = new CertifyingInstitution(
                command.name().strip(),
                blankToNull(IdentifierKind.UAI.normalize(command.uai())),
                blankToNull(IdentifierKind.SIRET.normalize(command.siret())),
                blankToNull(command.kind()));
        return repositories.certifyingInstitutions().save(institution).id;
    }

    long employer(NewEmployer command) {
        String siret = IdentifierKind.SIRET.normalize(command.siret());
        rules.siretFreeForEmployer(siret, null);
        Employer employer = new Employer(siret, command.name().strip());
        employer.describe(command);
        return repositories.employers().save(employer).id;
    }

    long apprentice(NewApprentice command) {
        Cfa cfa = rules.cfa(command.cfaId());
        rules.siteOfCfa(command.siteId(), cfa);
        rules.oldEnough(command.birthDate(), LocalDate.now(clock));
        rules.ineFree(command.ine(), null);
        Apprentice apprentice = new Apprentice(cfa.networkId, cfa.id, command.siteId(), clock.instant());
        apprentice.identify(command);
        repositories.apprentices().save(apprentice);
        events.publishEvent(new ApprenticeRegistered(apprentice.id, cfa.networkId, cfa.id, command.siteId()));
        return apprentice.id;
    }

    /** An apprentice's identity from an imported file or the API: the CFA and site are kept. */
    void updateApprentice(long apprenticeId, NewApprentice command) {
        Apprentice apprentice = rules.apprentice(apprenticeId);
        rules.oldEnough(command.birthDate(), LocalDate.now(clock));
        rules.ineFree(command.ine(), apprenticeId);
        apprentice.identify(command);
    }

    long legalRepresentative(NewLegalRepresentative command) {
        rules.apprentice(command.apprenticeId());
        rules.rankFree(command.apprenticeId(), command.rank(), null);
        LegalRepresentative representative =
                new LegalRepresentative(command.apprenticeId(), command.rank().shortValue());
        representative.describe(command);
        return repositories.legalRepresentatives().save(representative).id;
    }

    long mentor(NewMentor command) {
        rules.employer(command.employerId());
        Mentor mentor = new Mentor(command.employerId());
        mentor.describe(command);
        return repositories.mentors().save(mentor).id;
    }

    long staffMember(NewStaffMember command) {
        rules.placeOfStaff(command.networkId(), command.cfaId(), command.siteId());
        StaffMember member =
                new StaffMember(command.networkId(), command.cfaId(), command.siteId(), command.function());
        member.describe(command);
        return repositories.staff().save(member).id;
    }

    long programme(NewProgramme command) {
        ReferentialRules.Codes codes = rules.programmeCodes(command);
        Programme programme = new Programme(command.networkId());
        programme.describe(command, codes.cfd(), codes.rncp(), rules.sectorOf(command, codes.cfd()));
        return repositories.programmes().save(programme).id;
    }

    long cohort(NewCohort command) {
        rules.cohortParts(command);
        Cohort cohort = new Cohort(
                command.programmeId(),
                command.siteId(),
                command.schoolYear().shortValue(),
                command.programmeYear().shortValue());
        cohort.describe(command);
        return repositories.cohorts().save(cohort).id;
    }

    void holdApprenticeAt(long apprenticeId, long cfaId, Long siteId) {
        Apprentice apprentice = rules.apprentice(apprenticeId);
        Cfa cfa = rules.cfa(cfaId);
        rules.siteOfCfa(siteId, cfa);
        apprentice.holdAt(cfa.networkId, cfa.id, siteId);
    }

    void health(long apprenticeId, boolean rqth, LocalDate rqthDate, String adjustments) {
        ApprenticeHealth health =
                repositories.healths().findById(apprenticeId).orElseGet(() -> new ApprenticeHealth(apprenticeId));
        health.update(rqth, rqthDate, adjustments, health.notes);
        repositories.healths().save(health);
    }
}
