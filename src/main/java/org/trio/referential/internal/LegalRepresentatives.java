package org.trio.referential.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface LegalRepresentatives extends JpaRepository<LegalRepresentative, Long> {}
