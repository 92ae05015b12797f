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
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.trio.attendance.AttendanceStatus;
import org.trio.shared.ConcernsApprentice;

/**
 * One line of a roll call: what the trainer noted for one apprentice at one session, with the minutes it counts for
 * (computed by {@link AttendanceRules} whenever the status or the session changes).
 */
@Entity
@Table(schema = "attendance", name = "attendance_record")
class AttendanceRecord implements ConcernsApprentice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "session_id")
    long sessionId;

    @Column(name = "apprentice_id")
    long apprenticeId;

    LocalDate day;

    @Enumerated(EnumType.STRING)
    AttendanceStatus status;

    @Column(name = "late_minutes")
    short lateMinutes;

    @Column(name = "planned_minutes")
    short plannedMinutes;

    @Column(name = "realised_minutes")
    short realisedMinutes;

    @Column(name = "absence_minutes")
    short absenceMinutes;

    boolean distance;

    @Column(name = "recorded_at")
    OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    @Nullable
    String recordedBy;

    @Version
    long version;

    protected AttendanceRecord() {}

    AttendanceRecord(TimetableSession session, long apprenticeId) {
        this.sessionId = session.id;
        this.apprenticeId = apprenticeId;
        this.day = session.day;
        this.distance = session.atDistance();
    }

    /**
     * Records what the roll call says.
     *
     * @return whether this makes the line an absence it was not before (a new absence to report)
     */
    boolean record(
            AttendanceStatus newStatus,
            @Nullable Integer late,
            TimetableSession session,
            OffsetDateTime at,
            @Nullable String by) {
        boolean wasAbsence = status != null && status.isAbsence();
        this.status = newStatus;
        count(session, newStatus == AttendanceStatus.LATE ? late : null);
        this.recordedAt = at;
        this.recordedBy = by;
        return newStatus.isAbsence() && !wasAbsence;
    }

    /** Counts the line again after the session's times or mode changed. */
    void recount(TimetableSession session) {
        count(session, status == AttendanceStatus.LATE ? (int) lateMinutes : null);
    }

    private void count(TimetableSession session, @Nullable Integer late) {
        AttendanceRules.LineMinutes minutes = AttendanceRules.minutes(session.minutes(), status, late);
        this.plannedMinutes = (short) minutes.planned();
        this.realisedMinutes = (short) minutes.realised();
        this.absenceMinutes = (short) minutes.absence();
        this.lateMinutes = (short) minutes.late();
        this.distance = session.atDistance();
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
