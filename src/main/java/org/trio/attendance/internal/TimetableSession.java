package org.trio.attendance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.trio.attendance.NewSession;
import org.trio.attendance.SessionInfo;
import org.trio.attendance.SessionMode;
import org.trio.referential.CohortInfo;
import org.trio.referential.SiteInfo;

/**
 * A session of a cohort's CFA timetable: a subject taught by a trainer in a room (or at distance) on a day, from a time
 * to a time. Once its roll call is taken it keeps its day, and it can no longer be deleted.
 */
@Entity
@Table(schema = "attendance", name = "timetable_session")
class TimetableSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "cohort_id")
    long cohortId;

    @Column(name = "programme_id")
    long programmeId;

    @Column(name = "cfa_id")
    long cfaId;

    @Column(name = "site_id")
    long siteId;

    @Column(name = "school_year")
    short schoolYear;

    LocalDate day;

    @Column(name = "start_time")
    LocalTime start;

    @Column(name = "end_time")
    LocalTime end;

    String subject;

    @Column(name = "trainer_staff_id")
    @Nullable
    Long trainerStaffId;

    @Nullable
    String room;

    @Enumerated(EnumType.STRING)
    SessionMode mode;

    @Enumerated(EnumType.STRING)
    SessionSource source;

    @Column(name = "external_ref")
    @Nullable
    String externalRef;

    @Column(name = "roll_call_at")
    @Nullable
    OffsetDateTime rollCallAt;

    @Column(name = "roll_call_by")
    @Nullable
    String rollCallBy;

    @Column(name = "created_at")
    OffsetDateTime createdAt;

    @Version
    long version;

    protected TimetableSession() {}

    TimetableSession(
            CohortInfo cohort,
            SiteInfo site,
            NewSession session,
            SessionSource source,
            @Nullable String externalRef,
            OffsetDateTime now) {
        this.cohortId = cohort.id();
        this.programmeId = cohort.programmeId();
        this.cfaId = site.cfaId();
        this.siteId = site.id();
        this.schoolYear = (short) cohort.schoolYear().startYear();
        this.source = source;
        this.externalRef = externalRef;
        this.createdAt = now;
        apply(session);
    }

    /** Changes what the session is; the day stays once the roll call is taken (checked by the service). */
    void change(NewSession session) {
        apply(session);
    }

    void rollCallTaken(OffsetDateTime at, @Nullable String by) {
        this.rollCallAt = at;
        this.rollCallBy = by;
    }

    boolean rollCallTaken() {
        return rollCallAt != null;
    }

    int minutes() {
        return TimetableRules.minutes(start, end);
    }

    boolean atDistance() {
        return mode == SessionMode.DISTANCE;
    }

    SessionInfo toInfo() {
        return new SessionInfo(
                id,
                cohortId,
                programmeId,
                cfaId,
                siteId,
                day,
                start,
                end,
                subject,
                trainerStaffId,
                room,
                mode,
                rollCallAt);
    }

    private void apply(NewSession session) {
        this.day = session.day();
        this.start = session.start();
        this.end = session.end();
        this.subject = session.subject().strip();
        this.trainerStaffId = session.trainerStaffId();
        this.room = session.room() == null || session.room().isBlank()
                ? null
                : session.room().strip();
        this.mode = session.mode();
    }
}
