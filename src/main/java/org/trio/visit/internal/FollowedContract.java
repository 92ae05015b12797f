package org.trio.visit.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the visits need to know of a contract: its apprentice, where they are held, their trainer, its maîtres (none for a
 * contract imported from the national file) and the dates.
 */
public record FollowedContract(
        long contractId,
        long apprenticeId,
        long programmeId,
        long cfaId,
        @Nullable Long siteId,
        @Nullable Long tutorStaffId,
        @Nullable Long mentor1Id,
        @Nullable Long mentor2Id,
        LocalDate start,
        LocalDate end,
        LocalDate lastDay,
        LocalDate practicalStart) {}
