package org.trio.attendance.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface JustificationFiles extends JpaRepository<JustificationFile, Long> {}
