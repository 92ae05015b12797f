package org.trio.referential.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Sites extends JpaRepository<Site, Long> {}
