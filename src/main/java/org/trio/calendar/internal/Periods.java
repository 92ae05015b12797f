package org.trio.calendar.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Periods extends JpaRepository<Period, Long> {

    List<Period> findByCohortIdOrderByStart(long cohortId);

    List<Period> findByContractIdOrderByStart(long contractId);
}
