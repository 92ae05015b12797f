package org.trio.calendar;

import java.time.LocalDate;

/**
 * An uninterrupted stay in the company (company and telework periods following each other), from {@code start} to
 * {@code end} included: the unit of the livret's period return.
 */
public record CompanyStay(long contractId, LocalDate start, LocalDate end) {}
