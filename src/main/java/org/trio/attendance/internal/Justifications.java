package org.trio.attendance.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Justifications extends JpaRepository<Justification, Long> {}
