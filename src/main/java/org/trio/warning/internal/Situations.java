package org.trio.warning.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Situations extends JpaRepository<Situation, Long> {

    @Query(
            "select s from WarningSituation s where s.apprenticeId = ?1 and s.stage <> org.trio.warning.SituationStage.CLOSED")
    Optional<Situation> findOpen(long apprenticeId);
}
