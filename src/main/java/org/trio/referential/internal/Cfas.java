package org.trio.referential.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Cfas extends JpaRepository<Cfa, Long> {}
