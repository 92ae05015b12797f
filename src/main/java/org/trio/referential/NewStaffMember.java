package org.trio.referential;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What is needed to register a staff member. */
public record NewStaffMember(
        @NotNull Long networkId,
        Long cfaId,
        Long siteId,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Size(max = 100) String firstName,
        @Email @Size(max = 254) String email,

        @Size(max = 20) @Pattern(regexp = "^(\\+?[0-9 .\\-]{10,20})?$", message = "{phone.invalid}")
        String phone,

        @NotNull StaffFunction function,
        @Size(max = 200) String jobTitle) {}
