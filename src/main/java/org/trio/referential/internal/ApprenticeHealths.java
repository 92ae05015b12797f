package org.trio.referential.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApprenticeHealths extends JpaRepository<ApprenticeHealth, Long> {}
