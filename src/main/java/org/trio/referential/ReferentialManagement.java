package org.trio.referential;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The referential's facade: reads of organisations, people and programmes for other modules, and the registrations
 * that imports, the API and the demo generator need. Every registration validates its command and throws
 * {@link jakarta.validation.ConstraintViolationException} (messages in French, naming the field) when it is invalid.
 */
public interface ReferentialManagement {

    // Organisations

    List<Long> networkIds();

    Optional<String> networkName(long networkId);

    Optional<CfaInfo> cfa(long cfaId);

    Optional<CfaInfo> cfaByUai(String uai);

    List<CfaInfo> cfasOfNetwork(long networkId);

    Optional<SiteInfo> site(long siteId);

    Optional<SiteInfo> siteByUai(String uai);

    List<SiteInfo> sitesOfCfa(long cfaId);

    Optional<EmployerInfo> employer(long employerId);

    Optional<EmployerInfo> employerBySiret(String siret);

    Map<Long, EmployerInfo> employers(Collection<Long> employerIds);

    // People

    Optional<ApprenticeInfo> apprentice(long apprenticeId);

    Map<Long, ApprenticeInfo> apprentices(Collection<Long> apprenticeIds);

    /** Apprentices with this name and birth date (case and accents ignored), to spot duplicates. */
    List<ApprenticeInfo> apprenticesNamed(String lastName, String firstName, java.time.LocalDate birthDate);

    List<LegalRepresentativeInfo> legalRepresentatives(long apprenticeId);

    /** Restricted: call only after the access policy allowed {@code DataCategory.HEALTH} for this apprentice. */
    Optional<HealthInfo> health(long apprenticeId);

    Optional<MentorInfo> mentor(long mentorId);

    Map<Long, MentorInfo> mentors(Collection<Long> mentorIds);

    List<MentorInfo> mentorsOfEmployer(long employerId);

    Optional<StaffInfo> staffMember(long staffId);

    List<StaffInfo> staffOfCfa(long cfaId, StaffFunction function);

    // Training

    Optional<ProgrammeInfo> programme(long programmeId);

    Map<Long, ProgrammeInfo> programmes(Collection<Long> programmeIds);

    List<ProgrammeInfo> programmesOfNetwork(long networkId);

    List<Long> programmesLedBy(long staffId);

    Optional<ProgrammeInfo> programmeByCode(long networkId, String cfdOrRncp);

    Optional<CohortInfo> cohort(long cohortId);

    List<CohortInfo> cohortsOfSite(long siteId, int schoolYear);

    Optional<ReferenceDiploma> referenceDiploma(String cfdOrRncp);

    /** The filière of a diploma code from its NSF group (e.g. 227 → Fluides), when the rule table knows it. */
    Optional<String> sectorOfCfd(String cfd);

    // Registrations

    long registerNetwork(String name);

    long registerCfa(NewCfa command);

    long registerSite(NewSite command);

    long registerEmployer(NewEmployer command);

    long registerApprentice(NewApprentice command);

    long registerLegalRepresentative(NewLegalRepresentative command);

    long registerMentor(NewMentor command);

    long registerStaffMember(NewStaffMember command);

    long registerProgramme(NewProgramme command);

    long registerCohort(NewCohort command);

    /** Moves an apprentice's record to another CFA or site (e.g. enrolment in another CFA of the network). */
    void holdApprenticeAt(long apprenticeId, long cfaId, Long siteId);

    /** Records or updates the RQTH of an apprentice (restricted data). */
    void recordHealth(long apprenticeId, boolean rqth, java.time.LocalDate rqthDate, String adjustments);
}
