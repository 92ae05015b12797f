package org.trio.visit.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisitActions extends JpaRepository<VisitAction, Long> {}
