package org.trio.referential.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Cohorts extends JpaRepository<Cohort, Long> {}
