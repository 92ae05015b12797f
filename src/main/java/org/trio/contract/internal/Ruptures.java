package org.trio.contract.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Ruptures extends JpaRepository<Rupture, Long> {

    Optional<Rupture> findByContractId(long contractId);
}
