package org.trio.attendance.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceRecords extends JpaRepository<AttendanceRecord, Long> {

    List<AttendanceRecord> findBySessionId(long sessionId);
}
