package org.trio.referential.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Employers extends JpaRepository<Employer, Long> {}
