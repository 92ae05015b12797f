package org.trio.quality.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImprovementActions extends JpaRepository<ImprovementAction, Long> {}
