package org.trio.warning.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlannedCalls extends JpaRepository<PlannedCall, Long> {

    List<PlannedCall> findByContractIdOrderByDueDate(long contractId);

    boolean existsByContractId(long contractId);
}
