package org.trio.referential.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface Programmes extends JpaRepository<Programme, Long> {}
