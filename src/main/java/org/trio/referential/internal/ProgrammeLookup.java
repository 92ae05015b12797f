package org.trio.referential.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.referential.DiplomaType;
import org.trio.shared.IdentifierKind;

/**
 * Finds a diploma of the national nomenclatures (kit apprentissage for CFD ↔ RNCP, level and status; vocational
 * diplomas for their type) from a CFD or an RNCP code, complete or being typed, to pre-fill a programme.
 */
@Component
class ProgrammeLookup {

    /** How many diplomas a partial code suggests. */
    static final int SUGGESTIONS = 8;

    /** Codes shorter than this suggest nothing: too many diplomas would match. */
    static final int MINIMUM_PREFIX = 3;

    /**
     * A diploma of the nomenclature.
     *
     * @param level the European level (3 = CAP … 8), when known
     * @param sector the filière of the diploma's NSF group, when the network's rules know it
     */
    record Match(
            String cfd,
            @Nullable String rncp,
            String label,
            @Nullable Integer level,
            DiplomaType diplomaType,
            @Nullable String sector,
            boolean active,
            @Nullable Boolean apprenticeshipOpen) {}

    private static final String SELECT = "select d.cfd, nullif(d.rncp, '') as rncp, trim(d.label) as label,"
            + " nullif(d.level, 0) as level, coalesce(d.abbreviation, v.diploma_type, '') as abbreviation,"
            + " d.active, d.apprenticeship_open, s.sector from referential.reference_diploma d"
            + " left join referential.reference_vocational_diploma v on v.cfd = d.cfd"
            + " left join referential.sector_rule s on s.nsf_group = substr(d.cfd, 4, 3)";

    private final JdbcClient jdbc;

    ProgrammeLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The diploma of this exact CFD or RNCP code. Several diploma codes may share an RNCP code (a diploma renewed under
     * a new CFD): the active one comes first, then the most recent code.
     */
    Optional<Match> exact(@Nullable String code) {
        String cfd = IdentifierKind.CFD.normalize(code);
        String rncp = IdentifierKind.RNCP.normalize(code);
        if (!IdentifierKind.CFD.isValid(cfd) && !IdentifierKind.RNCP.isValid(rncp)) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where d.cfd = :cfd or d.rncp = :rncp order by d.active desc, d.cfd desc limit 1")
                .param("cfd", cfd)
                .param("rncp", rncp)
                .query(ProgrammeLookup::match)
                .optional();
    }

    /** Diplomas whose CFD or RNCP code starts with what was typed, active ones first. */
    List<Match> suggestions(@Nullable String typed) {
        String prefix = IdentifierKind.CFD.normalize(typed);
        if (prefix.length() < MINIMUM_PREFIX) {
            return List.of();
        }
        String rncpPrefix = prefix.startsWith("RNCP") ? prefix : "RNCP" + prefix;
        return jdbc.sql(SELECT
                        + " where d.cfd like :cfd or d.rncp like :rncp order by d.active desc, d.cfd limit :limit")
                .param("cfd", SqlConditions.escape(prefix) + "%")
                .param("rncp", SqlConditions.escape(rncpPrefix) + "%")
                .param("limit", SUGGESTIONS)
                .query(ProgrammeLookup::match)
                .list();
    }

    private static Match match(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Match(
                rs.getString("cfd"),
                rs.getString("rncp"),
                rs.getString("label"),
                (Integer) rs.getObject("level", Integer.class),
                DiplomaType.fromAbbreviation(rs.getString("abbreviation")),
                rs.getString("sector"),
                rs.getBoolean("active"),
                (Boolean) rs.getObject("apprenticeship_open"));
    }
}
