package org.trio.referential.internal;

import static org.trio.referential.internal.Versions.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
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

/**
 * Corrections of referential records from validated commands: each applies only to the version the user saw and keeps
 * the record where it belongs (a CFA in its network, a site with its CFA, a maître with their employer).
 */
@Component
class ReferentialChanges {

    private final ReferentialRepositories repositories;
    private final ReferentialRules rules;
    private final Clock clock;

    ReferentialChanges(ReferentialRepositories repositories, ReferentialRules rules, Clock clock) {
        this.repositories = repositories;
        this.rules = rules;
        this.clock = clock;
    }

    void renameNetwork(long networkId, long expectedVersion, String name) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "network.name.required");
        }
        repositories
                .networks()
                .findById(networkId)
                .orElseThrow(() -> InvalidInputException.of("networkId", "network.unknown"))
                .rename(name, expectedVersion);
    }

    void cfa(long cfaId, long expectedVersion, NewCfa details) {
        Cfa cfa = rules.cfa(cfaId);
        String uai = IdentifierKind.UAI.normalize(details.uai());
        rules.uaiFreeForCfa(uai, cfaId);
        cfa.correct(
                expectedVersion,
                details.name().strip(),
                uai,
                IdentifierKind.SIRET.normalize(details.siret()),
                details.cfaType(),
                ReferentialRules.address(
                        details.address(), details.postCode(), details.city(), details.communeInsee()));
    }

    void site(long siteId, long expectedVersion, NewSite details) {
        Site site = repositories
                .sites()
                .findById(siteId)
                .orElseThrow(() -> InvalidInputException.of("siteId", "site.unknown"));
        site.correct(
                expectedVersion,
                details.name().strip(),
                details.kind(),
                blankToNull(details.hostInstitution()),
                IdentifierKind.UAI.normalize(details.uai()),
                blankToNull(IdentifierKind.SIRET.normalize(details.siret())),
                ReferentialRules.address(
                        details.address(), details.postCode(), details.city(), details.communeInsee()));
    }

    void certifyingInstitution(long id, long expectedVersion, NewCertifyingInstitution details) {
        repositories
                .certifyingInstitutions()
                .findById(id)
                .orElseThrow(() -> InvalidInputException.of("id", "certifier.unknown"))
                .correct(
                        expectedVersion,
                        details.name().strip(),
                        blankToNull(IdentifierKind.UAI.normalize(details.uai())),
                        blankToNull(IdentifierKind.SIRET.normalize(details.siret())),
                        blankToNull(details.kind()));
    }

    void employer(long employerId, long expectedVersion, NewEmployer details) {
        Employer employer = rules.employer(employerId);
        rules.siretFreeForEmployer(IdentifierKind.SIRET.normalize(details.siret()), employerId);
        employer.correct(expectedVersion, details);
    }

    void mentor(long mentorId, long expectedVersion, NewMentor details) {
        repositories
                .mentors()
                .findById(mentorId)
                .orElseThrow(() -> InvalidInputException.of("id", "mentor.unknown"))
                .correct(expectedVersion, details);
    }

    void staffMember(long staffId, long expectedVersion, NewStaffMember details) {
        StaffMember member = repositories
                .staff()
                .findById(staffId)
                .orElseThrow(() -> InvalidInputException.of("id", "staff.unknown"));
        rules.placeOfStaff(member.networkId, details.cfaId(), details.siteId());
        member.correct(expectedVersion, details);
    }

    void programme(long programmeId, long expectedVersion, NewProgramme details) {
        Programme programme = repositories
                .programmes()
                .findById(programmeId)
                .orElseThrow(() -> InvalidInputException.of("id", "programme.unknown"));
        ReferentialRules.Codes codes = rules.programmeCodes(details);
        programme.correct(expectedVersion, details, codes.cfd(), codes.rncp(), rules.sectorOf(details, codes.cfd()));
    }

    void cohort(long cohortId, long expectedVersion, NewCohort details) {
        Cohort cohort = repositories
                .cohorts()
                .findById(cohortId)
                .orElseThrow(() -> InvalidInputException.of("id", "cohort.unknown"));
        rules.cohortParts(details);
        cohort.correct(expectedVersion, details);
    }

    void apprenticeIdentity(long apprenticeId, long expectedVersion, NewApprentice details) {
        Apprentice apprentice = rules.apprentice(apprenticeId);
        if (details.cfaId() != apprentice.cfaId) {
            throw InvalidInputException.of("cfaId", "apprentice.cfa.change");
        }
        rules.siteOfCfa(details.siteId(), rules.cfa(apprentice.cfaId));
        rules.oldEnough(details.birthDate(), LocalDate.now(clock));
        rules.ineFree(details.ine(), apprenticeId);
        apprentice.correctIdentity(expectedVersion, details);
    }

    void legalRepresentative(long representativeId, long expectedVersion, NewLegalRepresentative details) {
        LegalRepresentative representative = repositories
                .legalRepresentatives()
                .findById(representativeId)
                .orElseThrow(() -> InvalidInputException.of("id", "legalRepresentative.unknown"));
        rules.rankFree(representative.apprenticeId, details.rank(), representativeId);
        representative.correct(expectedVersion, details);
    }

    void removeLegalRepresentative(long representativeId) {
        repositories.legalRepresentatives().deleteById(representativeId);
    }

    void health(long apprenticeId, long expectedVersion, boolean rqth, LocalDate rqthDate, String adjustments) {
        rules.apprentice(apprenticeId);
        Optional<ApprenticeHealth> existing = repositories.healths().findById(apprenticeId);
        long actual = existing.map(health -> health.version).orElse(ApprenticeHealth.NO_RECORD);
        Versions.check(ApprenticeHealth.class, apprenticeId, actual, expectedVersion);
        ApprenticeHealth health = existing.orElseGet(() -> new ApprenticeHealth(apprenticeId));
        health.update(rqth, rqthDate, blankToNull(adjustments), health.notes);
        repositories.healths().save(health);
    }
}
