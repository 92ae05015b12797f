package org.trio.referential.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Mentors extends JpaRepository<Mentor, Long> {}
