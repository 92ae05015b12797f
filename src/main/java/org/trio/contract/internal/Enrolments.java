package org.trio.contract.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Enrolments extends JpaRepository<Enrolment, Long> {}
