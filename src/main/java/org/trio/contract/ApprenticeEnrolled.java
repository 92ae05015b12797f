package org.trio.contract;

/** Published when an apprentice is enrolled in a programme. */
public record ApprenticeEnrolled(long enrolmentId, long apprenticeId, long programmeId, Long cohortId, long cfaId) {}
