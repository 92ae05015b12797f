package org.trio.insertion.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeaverSituations extends JpaRepository<LeaverSituation, Long> {

    Optional<LeaverSituation> findByEnrolmentIdAndHorizonMonths(long enrolmentId, short horizonMonths);

    List<LeaverSituation> findByApprenticeIdOrderByEnrolmentIdAscHorizonMonthsAsc(long apprenticeId);

    List<LeaverSituation> findByEnrolmentIdIn(java.util.Collection<Long> enrolmentIds);
}
