package org.trio.quality.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilMembers extends JpaRepository<CouncilMember, Long> {

    List<CouncilMember> findByCfaIdOrderByCollegeAscFullNameAsc(long cfaId);
}
