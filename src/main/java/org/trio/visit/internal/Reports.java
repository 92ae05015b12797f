package org.trio.visit.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Reports extends JpaRepository<Report, Long> {}
