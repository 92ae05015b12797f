package org.trio.referential.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Networks extends JpaRepository<Network, Long> {}
