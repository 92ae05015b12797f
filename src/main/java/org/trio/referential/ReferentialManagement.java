package org.trio.referential;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The referential's facade: reads of organisations, people and programmes for other modules, and the registrations
 * that imports, the API and the demo generator need. Every registration validates its command and throws
 * {@link jakarta.validation.ConstraintViolationException} (messages in French, naming the field) when it is invalid,
 * and {@link org.trio.shared.InvalidInputException} when it breaks a rule spanning several records. Changes take the
 * version of the record the user saw and throw {@link org.springframework.dao.OptimisticLockingFailureException} when
 * somebody else changed it since; nothing is saved then.
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

    /** Every apprentice of a network, to match the rows of an imported file in one read. */
    List<ApprenticeInfo> apprenticesOfNetwork(long networkId);

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

    Optional<CertifyingInstitutionInfo> certifyingInstitution(long id);

    List<CertifyingInstitutionInfo> certifyingInstitutions();

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

    /** Updates an apprentice's identity and contact details (imports and the API); the CFA and site are kept. */
    void updateApprentice(long apprenticeId, NewApprentice command);

    /**
     * Registrations from imported files: identifiers must have their format, but a wrong UAI check letter or SIRET key
     * is accepted (the importer reports it as a warning, as the national dashboard does); forms keep refusing them.
     */
    long registerImportedCfa(NewCfa command);

    /** A site found in an imported file; see {@link #registerImportedCfa}. */
    long registerImportedSite(NewSite command);

    /** An employer found in an imported file; see {@link #registerImportedCfa}. */
    long registerImportedEmployer(NewEmployer command);

    /** Moves an apprentice's record to another CFA or site (e.g. enrolment in another CFA of the network). */
    void holdApprenticeAt(long apprenticeId, long cfaId, Long siteId);

    /** Records or updates the RQTH of an apprentice (restricted data). */
    void recordHealth(long apprenticeId, boolean rqth, java.time.LocalDate rqthDate, String adjustments);

    long registerCertifyingInstitution(NewCertifyingInstitution command);

    // Changes (expectedVersion: the version of the record the user saw)

    void renameNetwork(long networkId, long expectedVersion, String name);

    /** Corrects a CFA's identity (name, UAI, SIRET, type, address); it stays in its network. */
    void updateCfa(long cfaId, long expectedVersion, NewCfa details);

    /** Corrects a site or UFA; it stays with its CFA. */
    void updateSite(long siteId, long expectedVersion, NewSite details);

    void updateCertifyingInstitution(long id, long expectedVersion, NewCertifyingInstitution details);

    void updateEmployer(long employerId, long expectedVersion, NewEmployer details);

    /** Corrects a maître d'apprentissage; they stay with their employer (another employer is another maître record). */
    void updateMentor(long mentorId, long expectedVersion, NewMentor details);

    /** Corrects a staff member; they stay in their network. */
    void updateStaffMember(long staffId, long expectedVersion, NewStaffMember details);

    /** Corrects a programme; it stays in its network. */
    void updateProgramme(long programmeId, long expectedVersion, NewProgramme details);

    void updateCohort(long cohortId, long expectedVersion, NewCohort details);

    /**
     * Corrects an apprentice's identity and, within their CFA, the site holding the record; moving the record to
     * another CFA goes through {@link #holdApprenticeAt}.
     */
    void correctApprenticeIdentity(long apprenticeId, long expectedVersion, NewApprentice details);

    void updateLegalRepresentative(long representativeId, long expectedVersion, NewLegalRepresentative details);

    void removeLegalRepresentative(long representativeId);

    /** Records the RQTH and adjustments of an apprentice, checking the version the user saw (restricted data). */
    void recordHealth(
            long apprenticeId, long expectedVersion, boolean rqth, java.time.LocalDate rqthDate, String adjustments);
}
