package org.trio.contract.internal;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The diploma result of an enrolment. */
record DiplomaForm(@NotNull Boolean diplomaObtained, LocalDate diplomaDate) {}
