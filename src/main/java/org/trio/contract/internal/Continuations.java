package org.trio.contract.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Continuations extends JpaRepository<Continuation, Long> {

    Optional<Continuation> findByRuptureId(long ruptureId);

    List<Continuation> findByApprenticeIdAndOutcomeIsNull(long apprenticeId);
}
