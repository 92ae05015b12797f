package org.trio.booklet.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Booklets extends JpaRepository<Booklet, Long> {

    Optional<Booklet> findByContractId(long contractId);
}
