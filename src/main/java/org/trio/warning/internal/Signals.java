package org.trio.warning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Signals extends JpaRepository<Signal, Long> {

    Optional<Signal> findByDedupKey(String dedupKey);

    List<Signal> findBySituationIdOrderByRaisedAtDesc(long situationId);
}
