package org.trio.booklet.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Evaluations extends JpaRepository<Evaluation, Long> {}
