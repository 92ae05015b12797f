package org.trio.contract.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Amendments extends JpaRepository<Amendment, Long> {

    List<Amendment> findByContractIdOrderByEffectiveDate(long contractId);
}
