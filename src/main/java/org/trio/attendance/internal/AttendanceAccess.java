package org.trio.attendance.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.trio.access.AccessPolicy;
import org.trio.access.AccessRules;
import org.trio.access.ApprenticeScope;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Role;
import org.trio.referential.ReferentialManagement;

/**
 * Who may do what with timetables, roll calls and justifications, on top of {@link AccessPolicy} (docs/security.md
 * and docs/modules/attendance.md, "Access"):
 *
 * <ul>
 *   <li>a cohort's timetable and figures: staff of the cohort's CFA or site (network staff: its CFAs), and trainers
 *       who teach the cohort;
 *   <li>planning: the direction, the secretariat, and the programme lead of the cohort's programme;
 *   <li>a roll call: the session's trainer, and the CFA's secretariat and direction;
 *   <li>justifications to validate: the CFA's secretariat and direction;
 *   <li>reasons and files of justifications: the apprentice, their legal representatives, the secretariat and the
 *       direction.
 * </ul>
 */
@Component
class AttendanceAccess {

    static final Set<Role> PLANNERS = EnumSet.of(Role.CFA_DIRECTOR, Role.SECRETARIAT, Role.PROGRAMME_LEAD);
    static final Set<Role> VALIDATORS = EnumSet.of(Role.CFA_DIRECTOR, Role.SECRETARIAT);
    static final Set<Role> REASON_READERS =
            EnumSet.of(Role.APPRENTICE, Role.LEGAL_REPRESENTATIVE, Role.SECRETARIAT, Role.CFA_DIRECTOR);
    static final Set<Role> CERTIFICATE_ISSUERS = EnumSet.of(Role.CFA_DIRECTOR, Role.NETWORK_ADMIN, Role.SECRETARIAT);

    private final AccessPolicy policy;
    private final ReferentialManagement referential;
    private final JdbcClient jdbc;

    AttendanceAccess(AccessPolicy policy, ReferentialManagement referential, JdbcClient jdbc) {
        this.policy = policy;
        this.referential = referential;
        this.jdbc = jdbc;
    }

    /** Whether the user works for the organisation holding the cohort (CFA or site), or teaches it. */
    boolean canViewCohort(CurrentUser user, TimetableService.CohortContext cohort) {
        if (!user.role().isStaff()) {
            return false;
        }
        if (holdsOrganisation(user, cohort.site().cfaId(), cohort.site().id())) {
            return true;
        }
        return user.personId() != null
                && teaches(user.personId(), cohort.cohort().id());
    }

    void requireViewCohort(CurrentUser user, TimetableService.CohortContext cohort) {
        if (!canViewCohort(user, cohort)) {
            throw new AccessDeniedException("Promotion hors de votre périmètre");
        }
    }

    boolean canPlan(CurrentUser user, TimetableService.CohortContext cohort) {
        if (!PLANNERS.contains(user.role()) || !canViewCohort(user, cohort)) {
            return false;
        }
        if (user.role() == Role.PROGRAMME_LEAD) {
            return user.personId() != null
                    && referential
                            .programmesLedBy(user.personId())
                            .contains(cohort.cohort().programmeId());
        }
        return true;
    }

    void requirePlan(CurrentUser user, TimetableService.CohortContext cohort) {
        if (!canPlan(user, cohort)) {
            throw new AccessDeniedException("Modification de l'emploi du temps refusée");
        }
    }

    boolean canTakeRollCall(CurrentUser user, TimetableSession session) {
        if (user.role().isStaff()
                && user.personId() != null
                && session.trainerStaffId != null
                && session.trainerStaffId.equals(user.personId())) {
            return true;
        }
        return VALIDATORS.contains(user.role()) && holdsOrganisation(user, session.cfaId, session.siteId);
    }

    void requireRollCall(CurrentUser user, TimetableSession session) {
        if (!canTakeRollCall(user, session)) {
            throw new AccessDeniedException("Appel réservé au formateur de la séance et au secrétariat");
        }
    }

    boolean canValidate(CurrentUser user, Justification justification) {
        return VALIDATORS.contains(user.role()) && holdsOrganisation(user, justification.cfaId, justification.siteId);
    }

    /** Whether the user may read the attendance of the apprentice (pedagogical data). */
    boolean canReadAttendance(CurrentUser user, long apprenticeId) {
        return policy.canRead(user, apprenticeId, DataCategory.PEDAGOGICAL);
    }

    void requireReadAttendance(CurrentUser user, long apprenticeId) {
        policy.requireRead(user, apprenticeId, DataCategory.PEDAGOGICAL);
    }

    /** Reasons and files of justifications: the apprentice, their parents, the secretariat and the direction. */
    boolean seesReasons(CurrentUser user, long apprenticeId) {
        return REASON_READERS.contains(user.role()) && policy.inScope(user, apprenticeId);
    }

    /** Sending a justification: the apprentice for themself, the secretariat for the apprentices of its CFA. */
    boolean canJustify(CurrentUser user, long apprenticeId) {
        return (user.role() == Role.APPRENTICE || user.role() == Role.SECRETARIAT)
                && policy.canWrite(user, apprenticeId, DataCategory.PEDAGOGICAL);
    }

    boolean canIssueCertificate(CurrentUser user, long apprenticeId) {
        if (user.role() == Role.APPRENTICE) {
            return policy.inScope(user, apprenticeId);
        }
        return CERTIFICATE_ISSUERS.contains(user.role()) && policy.inScope(user, apprenticeId);
    }

    /** Whether the role may see apprentices' attendance at all (before looking at any apprentice). */
    static boolean readsAttendance(Role role) {
        return AccessRules.mayRead(role, DataCategory.PEDAGOGICAL);
    }

    ApprenticeScope scopeOf(CurrentUser user) {
        return policy.scopeOf(user);
    }

    /** The cohorts a trainer teaches (has at least one session with). */
    List<Long> cohortsTaughtBy(long staffId) {
        return jdbc.sql("select distinct cohort_id from attendance.timetable_session where trainer_staff_id = :staff")
                .param("staff", staffId)
                .query(Long.class)
                .list();
    }

    private boolean teaches(long staffId, long cohortId) {
        return jdbc.sql("select exists (select 1 from attendance.timetable_session where trainer_staff_id = :staff"
                        + " and cohort_id = :cohort)")
                .param("staff", staffId)
                .param("cohort", cohortId)
                .query(Boolean.class)
                .single();
    }

    /** Network and organisation staff by their scope; linked staff (trainers, programme leads) by their CFA. */
    private boolean holdsOrganisation(CurrentUser user, long cfaId, Long siteId) {
        return switch (user.role().scope()) {
            case NETWORK, ORGANISATION -> {
                ApprenticeScope scope = policy.scopeOf(user);
                yield scope.cfaIds().contains(cfaId)
                        || (siteId != null && scope.siteIds().contains(siteId));
            }
            case LINKED ->
                user.role().isStaff()
                        && user.cfaId() != null
                        && user.cfaId() == cfaId
                        && (user.siteId() == null || user.siteId().equals(siteId));
            case NONE -> false;
        };
    }
}
