package org.trio.quality.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CharterAssessments extends JpaRepository<CharterAssessment, Long> {

    Optional<CharterAssessment> findByCfaIdAndProgrammeIdAndSchoolYearAndItemId(
            long cfaId, long programmeId, short schoolYear, long itemId);
}
