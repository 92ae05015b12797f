package org.trio.warning.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallLogs extends JpaRepository<CallLog, Long> {

    List<CallLog> findByContractIdOrderByCalledOnDescIdDesc(long contractId);
}
