package org.trio.quality.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Complaints extends JpaRepository<Complaint, Long> {}
