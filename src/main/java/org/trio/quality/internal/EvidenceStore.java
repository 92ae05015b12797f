package org.trio.quality.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceStore extends JpaRepository<Evidence, Long> {}
