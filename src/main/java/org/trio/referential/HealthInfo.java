package org.trio.referential;

import java.time.LocalDate;

/** Restricted health/handicap data of an apprentice; read only after {@code AccessPolicy} allowed HEALTH. */
public record HealthInfo(long apprenticeId, boolean rqth, LocalDate rqthDate, String adjustments) {}
