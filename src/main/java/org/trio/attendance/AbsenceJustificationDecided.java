package org.trio.attendance;

import java.time.LocalDate;

/** Published when the secretariat accepts or refuses a justification of the absences of an apprentice on some days. */
public record AbsenceJustificationDecided(
        long justificationId, long apprenticeId, LocalDate firstDay, LocalDate lastDay, boolean accepted) {}
