package org.trio.contract.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The follow-up of the former employer after a rupture. */
record EmployerFollowUpForm(
        @Size(max = 2000) String improvements,
        @NotBlank @Pattern(regexp = "YES|NO|UNKNOWN") String hostsAgain) {}
