package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.contract.ContractInfo;
import org.trio.contract.EnrolmentInfo;
import org.trio.referential.DiplomaType;
import org.trio.referential.ProgrammeInfo;

/**
 * The early warning's own copy of what it needs of the enrolments and contracts (the contract module's events and
 * facades feed it; this module never reads the contract module's tables), and of the livret's activity.
 */
@Component
class FollowUp {

    private final JdbcClient jdbc;
    private final Clock clock;

    FollowUp(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An enrolment as this module keeps it. */
    record Enrolment(
            long enrolmentId,
            long apprenticeId,
            long networkId,
            long cfaId,
            @Nullable Long siteId,
            long programmeId,
            String diplomaType,
            int programmeYear,
            int schoolYear,
            LocalDate trainingStart,
            LocalDate trainingEnd,
            @Nullable String highestDiplomaHeld,
            @Nullable Long tutorStaffId,
            @Nullable LocalDate exclusionDate) {

        public DiplomaType diploma() {
            return DiplomaType.valueOf(diplomaType);
        }

        public boolean activeOn(LocalDate day) {
            return !day.isBefore(trainingStart)
                    && !day.isAfter(trainingEnd)
                    && (exclusionDate == null || day.isBefore(exclusionDate));
        }
    }

    /** A contract as this module keeps it (an imported contract has no maître). */
    record Contract(
            long contractId,
            long apprenticeId,
            long enrolmentId,
            long employerId,
            @Nullable Long mentorId,
            LocalDate startDate,
            LocalDate endDate,
            @Nullable LocalDate ruptureDate) {

        public LocalDate lastDay() {
            return ruptureDate == null ? endDate : ruptureDate.minusDays(1);
        }

        public boolean inForceOn(LocalDate day) {
            return !day.isBefore(startDate) && !day.isAfter(lastDay());
        }

        TimeRules.ContractSpan span() {
            return new TimeRules.ContractSpan(startDate, lastDay());
        }
    }

    static final String ENROLMENT = "select enrolment_id, apprentice_id, network_id, cfa_id, site_id, programme_id,"
            + " diploma_type, programme_year, school_year, training_start, training_end, highest_diploma_held,"
            + " tutor_staff_id, exclusion_date from warning.followed_enrolment";

    static final String CONTRACT = "select contract_id, apprentice_id, enrolment_id, employer_id, mentor_id,"
            + " start_date, end_date, rupture_date from warning.followed_contract";

    void saveEnrolment(EnrolmentInfo enrolment, ProgrammeInfo programme) {
        jdbc.sql("""
                        insert into warning.followed_enrolment (enrolment_id, apprentice_id, network_id, cfa_id,
                          site_id, programme_id, diploma_type, programme_year, school_year, training_start,
                          training_end, highest_diploma_held, tutor_staff_id, exclusion_date, refreshed_at)
                        values (:id, :apprentice, :network, :cfa, :site, :programme, :diploma, :year, :schoolYear,
                          :start, :end, :diplomaHeld, :tutor, :exclusion, :now)
                        on conflict (enrolment_id) do update set apprentice_id = excluded.apprentice_id,
                          network_id = excluded.network_id, cfa_id = excluded.cfa_id, site_id = excluded.site_id,
                          programme_id = excluded.programme_id, diploma_type = excluded.diploma_type,
                          programme_year = excluded.programme_year, school_year = excluded.school_year,
                          training_start = excluded.training_start, training_end = excluded.training_end,
                          highest_diploma_held = excluded.highest_diploma_held,
                          tutor_staff_id = excluded.tutor_staff_id, exclusion_date = excluded.exclusion_date,
                          refreshed_at = excluded.refreshed_at
                        """)
                .param("id", enrolment.id())
                .param("apprentice", enrolment.apprenticeId())
                .param("network", enrolment.networkId())
                .param("cfa", enrolment.cfaId())
                .param("site", enrolment.siteId())
                .param("programme", enrolment.programmeId())
                .param("diploma", programme.diplomaType().name())
                .param("year", enrolment.programmeYear())
                .param("schoolYear", enrolment.schoolYear())
                .param("start", enrolment.trainingStart())
                .param("end", enrolment.trainingEnd())
                .param("diplomaHeld", enrolment.highestDiplomaHeld())
                .param("tutor", enrolment.tutorStaffId())
                .param("exclusion", enrolment.exclusionDate())
                .param("now", OffsetDateTime.now(clock))
                .update();
    }

    void saveContract(ContractInfo contract) {
        jdbc.sql("""
                        insert into warning.followed_contract (contract_id, apprentice_id, enrolment_id, employer_id,
                          mentor_id, start_date, end_date, rupture_date, refreshed_at)
                        values (:id, :apprentice, :enrolment, :employer, :mentor, :start, :end, :rupture, :now)
                        on conflict (contract_id) do update set apprentice_id = excluded.apprentice_id,
                          enrolment_id = excluded.enrolment_id, employer_id = excluded.employer_id,
                          mentor_id = excluded.mentor_id, start_date = excluded.start_date,
                          end_date = excluded.end_date, rupture_date = excluded.rupture_date,
                          refreshed_at = excluded.refreshed_at
                        """)
                .param("id", contract.id())
                .param("apprentice", contract.apprenticeId())
                .param("enrolment", contract.enrolmentId())
                .param("employer", contract.employerId())
                .param("mentor", contract.mentor1Id())
                .param("start", contract.startDate())
                .param("end", contract.endDate())
                .param("rupture", contract.ruptureDate())
                .param("now", OffsetDateTime.now(clock))
                .update();
    }

    /** Records the rupture of a contract this module follows (from the contract module's event). */
    void recordRupture(long contractId, LocalDate ruptureDate) {
        jdbc.sql("update warning.followed_contract set rupture_date = ?, refreshed_at = ? where contract_id = ?")
                .params(ruptureDate, OffsetDateTime.now(clock), contractId)
                .update();
    }

    /** Records a new planned end of a contract (an amendment). */
    void recordEnd(long contractId, LocalDate endDate) {
        jdbc.sql("update warning.followed_contract set end_date = ?, refreshed_at = ? where contract_id = ?")
                .params(endDate, OffsetDateTime.now(clock), contractId)
                .update();
    }

    /** Records an entry of the livret (keeps the latest day). */
    void recordBookletEntry(long apprenticeId, LocalDate day) {
        jdbc.sql("insert into warning.booklet_activity (apprentice_id, last_entry_on) values (?, ?)"
                        + " on conflict (apprentice_id) do update set last_entry_on ="
                        + " greatest(warning.booklet_activity.last_entry_on, excluded.last_entry_on)")
                .params(apprenticeId, day)
                .update();
    }

    Optional<Enrolment> enrolment(long enrolmentId) {
        return jdbc.sql(ENROLMENT + " where enrolment_id = ?")
                .param(enrolmentId)
                .query(Enrolment.class)
                .optional();
    }

    List<Enrolment> enrolmentsOf(long apprenticeId) {
        return jdbc.sql(ENROLMENT + " where apprentice_id = ? order by training_start desc, enrolment_id desc")
                .param(apprenticeId)
                .query(Enrolment.class)
                .list();
    }

    /** The enrolment the apprentice follows on the day, or else the latest one. */
    Optional<Enrolment> enrolmentOn(long apprenticeId, LocalDate day) {
        List<Enrolment> enrolments = enrolmentsOf(apprenticeId);
        return enrolments.stream()
                .filter(enrolment -> enrolment.activeOn(day))
                .findFirst()
                .or(() -> enrolments.stream().findFirst());
    }

    Optional<Contract> contract(long contractId) {
        return jdbc.sql(CONTRACT + " where contract_id = ?")
                .param(contractId)
                .query(Contract.class)
                .optional();
    }

    List<Contract> contractsOf(long apprenticeId) {
        return jdbc.sql(CONTRACT + " where apprentice_id = ? order by start_date, contract_id")
                .param(apprenticeId)
                .query(Contract.class)
                .list();
    }

    Optional<Contract> contractOn(long apprenticeId, LocalDate day) {
        return contractsOf(apprenticeId).stream()
                .filter(contract -> contract.inForceOn(day))
                .findFirst();
    }

    /** Ids of the contracts in force on the day or starting after it (those whose changes matter). */
    List<Long> contractIdsNotEndedOn(LocalDate day) {
        return jdbc.sql("select contract_id from warning.followed_contract where rupture_date is null and end_date >= ?"
                        + " order by contract_id")
                .param(day)
                .query(Long.class)
                .list();
    }

    /** Whether a signal with this deduplication key was already raised (each rule raises its signal once). */
    boolean signalKnown(@Nullable String dedupKey) {
        return dedupKey != null
                && jdbc.sql("select exists (select 1 from warning.signal where dedup_key = ?)")
                        .param(dedupKey)
                        .query(Boolean.class)
                        .single();
    }

    Optional<LocalDate> lastBookletEntry(long apprenticeId) {
        return jdbc.sql("select last_entry_on from warning.booklet_activity where apprentice_id = ?")
                .param(apprenticeId)
                .query(LocalDate.class)
                .optional();
    }
}
