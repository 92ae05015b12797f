package org.trio.referential.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Apprentices extends JpaRepository<Apprentice, Long> {}
