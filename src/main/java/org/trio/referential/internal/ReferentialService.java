package org.trio.referential.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CertifyingInstitutionInfo;
import org.trio.referential.CfaInfo;
import org.trio.referential.CohortInfo;
import org.trio.referential.EmployerInfo;
import org.trio.referential.HealthInfo;
import org.trio.referential.LegalRepresentativeInfo;
import org.trio.referential.MentorInfo;
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
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferenceDiploma;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;
import org.trio.referential.StaffFunction;
import org.trio.referential.StaffInfo;

@Service
@Transactional
class ReferentialService implements ReferentialManagement {

    private final ReferentialQueries queries;
    private final ReferentialRegistrations registrations;
    private final ReferentialChanges changes;
    private final Validator validator;

    ReferentialService(
            ReferentialQueries queries,
            ReferentialRegistrations registrations,
            ReferentialChanges changes,
            Validator validator) {
        this.queries = queries;
        this.registrations = registrations;
        this.changes = changes;
        this.validator = validator;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> networkIds() {
        return queries.networkIds();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> networkName(long networkId) {
        return queries.networkName(networkId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CfaInfo> cfa(long cfaId) {
        return queries.cfa(cfaId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CfaInfo> cfaByUai(String uai) {
        return queries.cfaByUai(uai);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CfaInfo> cfasOfNetwork(long networkId) {
        return queries.cfasOfNetwork(networkId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SiteInfo> site(long siteId) {
        return queries.site(siteId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SiteInfo> siteByUai(String uai) {
        return queries.siteByUai(uai);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SiteInfo> sitesOfCfa(long cfaId) {
        return queries.sitesOfCfa(cfaId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EmployerInfo> employer(long employerId) {
        return queries.employer(employerId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EmployerInfo> employerBySiret(String siret) {
        return queries.employerBySiret(siret);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, EmployerInfo> employers(Collection<Long> employerIds) {
        return queries.employers(employerIds);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApprenticeInfo> apprentice(long apprenticeId) {
        return queries.apprentice(apprenticeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, ApprenticeInfo> apprentices(Collection<Long> apprenticeIds) {
        return queries.apprentices(apprenticeIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApprenticeInfo> apprenticesNamed(String lastName, String firstName, LocalDate birthDate) {
        return queries.apprenticesNamed(lastName, firstName, birthDate);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LegalRepresentativeInfo> legalRepresentatives(long apprenticeId) {
        return queries.legalRepresentatives(apprenticeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HealthInfo> health(long apprenticeId) {
        return queries.health(apprenticeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MentorInfo> mentor(long mentorId) {
        return queries.mentor(mentorId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, MentorInfo> mentors(Collection<Long> mentorIds) {
        return queries.mentors(mentorIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MentorInfo> mentorsOfEmployer(long employerId) {
        return queries.mentorsOfEmployer(employerId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffInfo> staffMember(long staffId) {
        return queries.staffMember(staffId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffInfo> staffOfCfa(long cfaId, StaffFunction function) {
        return queries.staffOfCfa(cfaId, function);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProgrammeInfo> programme(long programmeId) {
        return queries.programme(programmeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, ProgrammeInfo> programmes(Collection<Long> programmeIds) {
        return queries.programmes(programmeIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProgrammeInfo> programmesOfNetwork(long networkId) {
        return queries.programmesOfNetwork(networkId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> programmesLedBy(long staffId) {
        return queries.programmesLedBy(staffId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProgrammeInfo> programmeByCode(long networkId, String cfdOrRncp) {
        return queries.programmeByCode(networkId, cfdOrRncp);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CohortInfo> cohort(long cohortId) {
        return queries.cohort(cohortId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CohortInfo> cohortsOfSite(long siteId, int schoolYear) {
        return queries.cohortsOfSite(siteId, schoolYear);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReferenceDiploma> referenceDiploma(String cfdOrRncp) {
        return queries.referenceDiploma(cfdOrRncp);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> sectorOfCfd(String cfd) {
        return queries.sectorOfCfd(cfd);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CertifyingInstitutionInfo> certifyingInstitution(long id) {
        return queries.certifyingInstitution(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CertifyingInstitutionInfo> certifyingInstitutions() {
        return queries.certifyingInstitutions();
    }

    @Override
    public long registerNetwork(String name) {
        return registrations.network(name);
    }

    @Override
    public long registerCfa(NewCfa command) {
        return registrations.cfa(valid(command));
    }

    @Override
    public long registerSite(NewSite command) {
        return registrations.site(valid(command));
    }

    @Override
    public long registerEmployer(NewEmployer command) {
        return registrations.employer(valid(command));
    }

    @Override
    public long registerApprentice(NewApprentice command) {
        return registrations.apprentice(valid(command));
    }

    @Override
    public long registerLegalRepresentative(NewLegalRepresentative command) {
        return registrations.legalRepresentative(valid(command));
    }

    @Override
    public long registerMentor(NewMentor command) {
        return registrations.mentor(valid(command));
    }

    @Override
    public long registerStaffMember(NewStaffMember command) {
        return registrations.staffMember(valid(command));
    }

    @Override
    public long registerProgramme(NewProgramme command) {
        return registrations.programme(valid(command));
    }

    @Override
    public long registerCohort(NewCohort command) {
        return registrations.cohort(valid(command));
    }

    @Override
    public void holdApprenticeAt(long apprenticeId, long cfaId, Long siteId) {
        registrations.holdApprenticeAt(apprenticeId, cfaId, siteId);
    }

    @Override
    public void recordHealth(long apprenticeId, boolean rqth, LocalDate rqthDate, String adjustments) {
        registrations.health(apprenticeId, rqth, rqthDate, adjustments);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApprenticeInfo> apprenticesOfNetwork(long networkId) {
        return queries.apprenticesOfNetwork(networkId);
    }

    @Override
    public void updateApprentice(long apprenticeId, NewApprentice command) {
        registrations.updateApprentice(apprenticeId, valid(command));
    }

    @Override
    public long registerImportedCfa(NewCfa command) {
        return registrations.cfa(validIgnoringChecksums(command));
    }

    @Override
    public long registerImportedSite(NewSite command) {
        return registrations.site(validIgnoringChecksums(command));
    }

    @Override
    public long registerImportedEmployer(NewEmployer command) {
        return registrations.employer(validIgnoringChecksums(command));
    }

    /** Like {@link #valid}, but a UAI or SIRET that has its format and only fails its key passes. */
    private <T> T validIgnoringChecksums(T command) {
        Set<ConstraintViolation<T>> violations = new java.util.HashSet<>(validator.validate(command));
        violations.removeIf(violation -> {
            String field = violation.getPropertyPath().toString();
            Object value = violation.getInvalidValue();
            if (!(value instanceof String text)) {
                return false;
            }
            org.trio.shared.IdentifierKind kind = field.equals("uai")
                    ? org.trio.shared.IdentifierKind.UAI
                    : field.equals("siret") ? org.trio.shared.IdentifierKind.SIRET : null;
            return kind != null
                    && kind.check(text).map(code -> code.endsWith(".checksum")).orElse(false);
        });
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return command;
    }

    @Override
    public long registerCertifyingInstitution(NewCertifyingInstitution command) {
        return registrations.certifyingInstitution(valid(command));
    }

    @Override
    public void renameNetwork(long networkId, long expectedVersion, String name) {
        changes.renameNetwork(networkId, expectedVersion, name);
    }

    @Override
    public void updateCfa(long cfaId, long expectedVersion, NewCfa details) {
        changes.cfa(cfaId, expectedVersion, valid(details));
    }

    @Override
    public void updateSite(long siteId, long expectedVersion, NewSite details) {
        changes.site(siteId, expectedVersion, valid(details));
    }

    @Override
    public void updateCertifyingInstitution(long id, long expectedVersion, NewCertifyingInstitution details) {
        changes.certifyingInstitution(id, expectedVersion, valid(details));
    }

    @Override
    public void updateEmployer(long employerId, long expectedVersion, NewEmployer details) {
        changes.employer(employerId, expectedVersion, valid(details));
    }

    @Override
    public void updateMentor(long mentorId, long expectedVersion, NewMentor details) {
        changes.mentor(mentorId, expectedVersion, valid(details));
    }

    @Override
    public void updateStaffMember(long staffId, long expectedVersion, NewStaffMember details) {
        changes.staffMember(staffId, expectedVersion, valid(details));
    }

    @Override
    public void updateProgramme(long programmeId, long expectedVersion, NewProgramme details) {
        changes.programme(programmeId, expectedVersion, valid(details));
    }

    @Override
    public void updateCohort(long cohortId, long expectedVersion, NewCohort details) {
        changes.cohort(cohortId, expectedVersion, valid(details));
    }

    @Override
    public void correctApprenticeIdentity(long apprenticeId, long expectedVersion, NewApprentice details) {
        changes.apprenticeIdentity(apprenticeId, expectedVersion, valid(details));
    }

    @Override
    public void updateLegalRepresentative(long representativeId, long expectedVersion, NewLegalRepresentative details) {
        changes.legalRepresentative(representativeId, expectedVersion, valid(details));
    }

    @Override
    public void removeLegalRepresentative(long representativeId) {
        changes.removeLegalRepresentative(representativeId);
    }

    @Override
    public void recordHealth(
            long apprenticeId, long expectedVersion, boolean rqth, LocalDate rqthDate, String adjustments) {
        changes.health(apprenticeId, expectedVersion, rqth, rqthDate, adjustments);
    }

    private <T> T valid(T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return command;
    }
}
