package org.trio.attendance.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface AbsenceThresholds extends JpaRepository<AbsenceThreshold, Long> {}
