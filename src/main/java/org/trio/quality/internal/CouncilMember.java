package org.trio.quality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.trio.shared.InvalidInputException;

/** A member of the CFA's conseil de perfectionnement, in one college, for a mandate. */
@Entity
@Table(schema = "quality", name = "council_member")
class CouncilMember {

    enum College {
        EMPLOYERS,
        EMPLOYEES,
        APPRENTICES,
        STAFF,
        INSTITUTIONS,
        QUALIFIED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cfa_id")
    public long cfaId;

    @Enumerated(EnumType.STRING)
    public College college;

    @Column(name = "full_name")
    public String fullName;

    public @Nullable String organisation;

    public @Nullable String function;

    public @Nullable String email;

    public LocalDate since;

    public @Nullable LocalDate until;

    @Version
    long version;

    protected CouncilMember() {}

    CouncilMember(
            long cfaId,
            College college,
            String fullName,
            @Nullable String organisation,
            @Nullable String function,
            @Nullable String email,
            LocalDate since) {
        this.cfaId = cfaId;
        this.college = college;
        this.fullName = fullName;
        this.organisation = organisation;
        this.function = function;
        this.email = email;
        this.since = since;
    }

    void leave(LocalDate on) {
        if (on.isBefore(since)) {
            throw InvalidInputException.of("until", "council.member.until.beforeSince");
        }
        this.until = on;
    }

    public boolean activeOn(LocalDate day) {
        return !since.isAfter(day) && (until == null || !until.isBefore(day));
    }
}
