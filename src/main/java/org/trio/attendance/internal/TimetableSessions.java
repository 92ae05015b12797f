package org.trio.attendance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimetableSessions extends JpaRepository<TimetableSession, Long> {

    List<TimetableSession> findByCohortIdAndDayBetweenOrderByDayAscStartAsc(
            long cohortId, LocalDate from, LocalDate to);

    List<TimetableSession> findByTrainerStaffIdAndDay(long trainerStaffId, LocalDate day);

    Optional<TimetableSession> findByCohortIdAndExternalRef(long cohortId, String externalRef);
}
