package org.trio.contract.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Contracts extends JpaRepository<Contract, Long> {

    List<Contract> findByApprenticeIdOrderByStartDate(long apprenticeId);
}
