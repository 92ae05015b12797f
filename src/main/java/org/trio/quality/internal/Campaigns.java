package org.trio.quality.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Campaigns extends JpaRepository<Campaign, Long> {}
