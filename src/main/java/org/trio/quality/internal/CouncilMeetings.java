package org.trio.quality.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilMeetings extends JpaRepository<CouncilMeeting, Long> {

    List<CouncilMeeting> findByCfaIdOrderByMeetingDateDesc(long cfaId);
}
