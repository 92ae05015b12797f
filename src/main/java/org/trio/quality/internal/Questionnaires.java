package org.trio.quality.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Questionnaires extends JpaRepository<Questionnaire, Long> {

    List<Questionnaire> findByNetworkIdOrderByTitle(long networkId);

    @Query("select q from Questionnaire q left join fetch q.questions where q.id = :id")
    Optional<Questionnaire> findWithQuestions(long id);
}
