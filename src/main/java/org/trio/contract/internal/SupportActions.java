package org.trio.contract.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportActions extends JpaRepository<SupportAction, Long> {

    List<SupportAction> findByContinuationIdOrderByActionDate(long continuationId);
}
