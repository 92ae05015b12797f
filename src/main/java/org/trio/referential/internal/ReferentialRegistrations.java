package org.trio.referential.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.trio.referential.ApprenticeRegistered;
import org.trio.referential.NewApprentice;
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
import org.trio.shared.Problem;

/** Creates referential records from validated commands, checking the rules that span several records. */
@Component
class ReferentialRegistrations {

    private final Networks networks;
    private final Cfas cfas;
    private final Sites sites;
    private final Employers employers;
    private final Apprentices apprentices;
    private final LegalRepresentatives legalRepresentatives;
    private final ApprenticeHealths healths;
    private final Mentors mentors;
    private final StaffMembers staff;
    private final Programmes programmes;
    private final Cohorts cohorts;
    private final ReferentialQueries queries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferentialRegistrations(
            Networks networks,
            Cfas cfas,
            Sites sites,
            Employers employers,
            Apprentices apprentices,
            LegalRepresentatives legalRepresentatives,
            ApprenticeHealths healths,
            Mentors mentors,
            StaffMembers staff,
            Programmes programmes,
            Cohorts cohorts,
            ReferentialQueries queries,
            ApplicationEventPublisher events,
            Clock clock) {
        this.networks = networks;
        this.cfas = cfas;
        this.sites = sites;
        this.employers = employers;
        this.apprentices = apprentices;
        this.legalRepresentatives = legalRepresentatives;
        this.healths = healths;
        this.mentors = mentors;
        this.staff = staff;
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    long network(String name) {
        return networks.save(new Network(name.strip())).id;
    }

    long cfa(NewCfa command) {
        String uai = IdentifierKind.UAI.normalize(command.uai());
        if (queries.cfaByUai(uai).isPresent()) {
            throw InvalidInputException.of("uai", "cfa.uai.taken", uai);
        }
        networks.findById(command.networkId())
                .orElseThrow(() -> InvalidInputException.of("networkId", "network.unknown"));
        Cfa cfa = new Cfa(
                command.networkId(),
                command.name().strip(),
                uai,
                IdentifierKind.SIRET.normalize(command.siret()),
                command.cfaType(),
                new Address(command.address(), command.postCode(), command.city(), command.communeInsee()));
        return cfas.save(cfa).id;
    }

    long site(NewSite command) {
        cfas.findById(command.cfaId()).orElseThrow(() -> InvalidInputException.of("cfaId", "cfa.unknown"));
        Site site = new Site(
                command.cfaId(),
                command.name().strip(),
                command.kind(),
                command.hostInstitution(),
                IdentifierKind.UAI.normalize(command.uai()),
                blankToNull(IdentifierKind.SIRET.normalize(command.siret())),
                new Address(command.address(), command.postCode(), command.city(), command.communeInsee()));
        return sites.save(site).id;
    }

    long employer(NewEmployer command) {
        String siret = IdentifierKind.SIRET.normalize(command.siret());
        if (queries.employerBySiret(siret).isPresent()) {
            throw InvalidInputException.of("siret", "employer.siret.taken", siret);
        }
        Employer employer = new Employer(siret, command.name().strip());
        employer.update(
                siret,
                command.name().strip(),
                blankToNull(IdentifierKind.NAF.normalize(command.naf())),
                blankToNull(IdentifierKind.IDCC.normalize(command.idcc())),
                command.headcount(),
                blankToNull(command.employerType()),
                blankToNull(command.specificEmployer()),
                new Address(command.address(), command.postCode(), command.city(), command.communeInsee()));
        employer.contact(command.contactName(), command.contactEmail(), command.contactPhone());
        return employers.save(employer).id;
    }

    long apprentice(NewApprentice command) {
        Cfa cfa = cfas.findById(command.cfaId()).orElseThrow(() -> InvalidInputException.of("cfaId", "cfa.unknown"));
        if (command.siteId() != null) {
            Site site = sites.findById(command.siteId())
                    .orElseThrow(() -> InvalidInputException.of("siteId", "site.unknown"));
            if (site.cfaId != cfa.id) {
                throw InvalidInputException.of("siteId", "site.other-cfa");
            }
        }
        if (command.birthDate().isAfter(LocalDate.now(clock).minusYears(14))) {
            throw InvalidInputException.of("birthDate", "apprentice.birthDate.too-young");
        }
        Apprentice apprentice = new Apprentice(cfa.networkId, cfa.id, command.siteId(), clock.instant());
        apprentice.lastName = command.lastName().strip();
        apprentice.usageName = blankToNull(command.usageName());
        apprentice.firstName = command.firstName().strip();
        apprentice.firstName2 = blankToNull(command.firstName2());
        apprentice.firstName3 = blankToNull(command.firstName3());
        apprentice.birthDate = command.birthDate();
        apprentice.birthPostCode = blankToNull(command.birthPostCode());
        apprentice.birthCommuneInsee = blankToNull(command.birthCommuneInsee());
        apprentice.birthPlace = blankToNull(command.birthPlace());
        apprentice.sex = command.sex();
        apprentice.ine = blankToNull(IdentifierKind.INE.normalize(command.ine()));
        apprentice.address = new Address(
                blankToNull(command.address()),
                blankToNull(command.postCode()),
                blankToNull(command.city()),
                blankToNull(command.communeInsee()));
        apprentice.phone = blankToNull(command.phone());
        apprentice.email = blankToNull(command.email());
        apprentice.nationality = blankToNull(command.nationality());
        apprentices.save(apprentice);
        events.publishEvent(new ApprenticeRegistered(apprentice.id, cfa.networkId, cfa.id, command.siteId()));
        return apprentice.id;
    }

    long legalRepresentative(NewLegalRepresentative command) {
        apprentices
                .findById(command.apprenticeId())
                .orElseThrow(() -> InvalidInputException.of("apprenticeId", "apprentice.unknown"));
        LegalRepresentative representative =
                new LegalRepresentative(command.apprenticeId(), command.rank().shortValue());
        representative.lastName = command.lastName().strip();
        representative.firstName = command.firstName().strip();
        representative.relationship = blankToNull(command.relationship());
        representative.email = blankToNull(command.email());
        representative.phonePersonal = blankToNull(command.phonePersonal());
        representative.phoneWork = blankToNull(command.phoneWork());
        representative.pcs = blankToNull(command.pcs());
        return legalRepresentatives.save(representative).id;
    }

    long mentor(NewMentor command) {
        employers
                .findById(command.employerId())
                .orElseThrow(() -> InvalidInputException.of("employerId", "employer.unknown"));
        Mentor mentor = new Mentor(command.employerId());
        mentor.lastName = command.lastName().strip();
        mentor.firstName = command.firstName().strip();
        mentor.birthDate = command.birthDate();
        mentor.email = blankToNull(command.email());
        mentor.phone = blankToNull(command.phone());
        mentor.jobTitle = blankToNull(command.jobTitle());
        mentor.highestDiploma = blankToNull(command.highestDiploma());
        mentor.highestDiplomaLevel = command.highestDiplomaLevel();
        mentor.relatedExperienceYears = command.relatedExperienceYears();
        mentor.trainingFollowed = blankToNull(command.trainingFollowed());
        mentor.trainingDate = command.trainingDate();
        return mentors.save(mentor).id;
    }

    long staffMember(NewStaffMember command) {
        StaffMember member =
                new StaffMember(command.networkId(), command.cfaId(), command.siteId(), command.function());
        member.lastName = command.lastName().strip();
        member.firstName = command.firstName().strip();
        member.email = blankToNull(command.email());
        member.phone = blankToNull(command.phone());
        member.jobTitle = blankToNull(command.jobTitle());
        return staff.save(member).id;
    }

    long programme(NewProgramme command) {
        List<Problem> problems = new ArrayList<>();
        String cfd = blankToNull(IdentifierKind.CFD.normalize(command.cfd()));
        String rncp = blankToNull(IdentifierKind.RNCP.normalize(command.rncp()));
        if (cfd == null && rncp == null) {
            problems.add(Problem.of("cfd", "programme.code.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Programme programme = new Programme(command.networkId());
        programme.cfd = cfd;
        programme.rncp = rncp;
        programme.label = command.label().strip();
        programme.shortLabel = blankToNull(command.shortLabel());
        programme.diplomaType = command.diplomaType();
        programme.level = command.level().shortValue();
        programme.sector = command.sector() != null && !command.sector().isBlank()
                ? command.sector().strip()
                : queries.sectorOfCfd(cfd).orElse(null);
        programme.theoreticalDurationMonths =
                command.theoreticalDurationMonths().shortValue();
        programme.certifyingInstitutionId = command.certifyingInstitutionId();
        programme.leadStaffId = command.leadStaffId();
        return programmes.save(programme).id;
    }

    long cohort(NewCohort command) {
        if (command.endDate().isBefore(command.startDate())) {
            throw InvalidInputException.of("endDate", "cohort.dates.order");
        }
        programmes
                .findById(command.programmeId())
                .orElseThrow(() -> InvalidInputException.of("programmeId", "programme.unknown"));
        sites.findById(command.siteId()).orElseThrow(() -> InvalidInputException.of("siteId", "site.unknown"));
        Cohort cohort = new Cohort(
                command.programmeId(),
                command.siteId(),
                command.schoolYear().shortValue(),
                command.programmeYear().shortValue());
        cohort.label = command.label().strip();
        cohort.startDate = command.startDate();
        cohort.endDate = command.endDate();
        return cohorts.save(cohort).id;
    }

    void holdApprenticeAt(long apprenticeId, long cfaId, Long siteId) {
        Apprentice apprentice = apprentices
                .findById(apprenticeId)
                .orElseThrow(() -> InvalidInputException.of("apprenticeId", "apprentice.unknown"));
        Cfa cfa = cfas.findById(cfaId).orElseThrow(() -> InvalidInputException.of("cfaId", "cfa.unknown"));
        apprentice.holdAt(cfa.networkId, cfa.id, siteId);
    }

    void health(long apprenticeId, boolean rqth, LocalDate rqthDate, String adjustments) {
        ApprenticeHealth health = healths.findById(apprenticeId).orElseGet(() -> new ApprenticeHealth(apprenticeId));
        health.update(rqth, rqthDate, adjustments, health.notes);
        healths.save(health);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
