package org.trio.referential.internal;

import static org.trio.referential.internal.Versions.blankToNull;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.referential.NewCohort;
import org.trio.referential.NewProgramme;
import org.trio.shared.IdentifierKind;
import org.trio.shared.InvalidInputException;

/**
 * The rules spanning several records, shared by registrations and changes: referenced records exist and fit together,
 * identifiers that must be unique are, an apprentice is old enough. Each broken rule is an {@link InvalidInputException}
 * naming the field.
 */
@Component
class ReferentialRules {

    /** Youngest age at which a record can be opened (a collégien may start at 15; pre-registration a year before). */
    static final int MINIMUM_AGE = 14;

    private final ReferentialRepositories repositories;
    private final ReferentialQueries queries;
    private final JdbcClient jdbc;

    ReferentialRules(ReferentialRepositories repositories, ReferentialQueries queries, JdbcClient jdbc) {
        this.repositories = repositories;
        this.queries = queries;
        this.jdbc = jdbc;
    }

    record Codes(@Nullable String cfd, @Nullable String rncp) {}

    static Address address(String street, String postCode, String city, String communeInsee) {
        return new Address(blankToNull(street), blankToNull(postCode), blankToNull(city), blankToNull(communeInsee));
    }

    Cfa cfa(Long cfaId) {
        return repositories.cfas().findById(cfaId).orElseThrow(() -> InvalidInputException.of("cfaId", "cfa.unknown"));
    }

    void siteOfCfa(@Nullable Long siteId, Cfa cfa) {
        if (siteId == null) {
            return;
        }
        Site site = repositories
                .sites()
                .findById(siteId)
                .orElseThrow(() -> InvalidInputException.of("siteId", "site.unknown"));
        if (site.cfaId != cfa.id) {
            throw InvalidInputException.of("siteId", "site.other-cfa");
        }
    }

    Apprentice apprentice(Long apprenticeId) {
        return repositories
                .apprentices()
                .findById(apprenticeId)
                .orElseThrow(() -> InvalidInputException.of("apprenticeId", "apprentice.unknown"));
    }

    Employer employer(Long employerId) {
        return repositories
                .employers()
                .findById(employerId)
                .orElseThrow(() -> InvalidInputException.of("employerId", "employer.unknown"));
    }

    void uaiFreeForCfa(String uai, @Nullable Long cfaId) {
        queries.cfaByUai(uai)
                .filter(other -> !Objects.equals(other.id(), cfaId))
                .ifPresent(other -> {
                    throw InvalidInputException.of("uai", "cfa.uai.taken", uai);
                });
    }

    void siretFreeForEmployer(String siret, @Nullable Long employerId) {
        queries.employerBySiret(siret)
                .filter(other -> !Objects.equals(other.id(), employerId))
                .ifPresent(other -> {
                    throw InvalidInputException.of("siret", "employer.siret.taken", siret);
                });
    }

    void ineFree(String rawIne, @Nullable Long apprenticeId) {
        String ine = blankToNull(IdentifierKind.INE.normalize(rawIne));
        if (ine == null) {
            return;
        }
        boolean taken = jdbc.sql("select count(*) from referential.apprentice where ine = :ine and id <> :id")
                        .param("ine", ine)
                        .param("id", apprenticeId == null ? -1L : apprenticeId)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw InvalidInputException.of("ine", "apprentice.ine.taken", ine);
        }
    }

    void oldEnough(LocalDate birthDate, LocalDate today) {
        if (birthDate.isAfter(today.minusYears(MINIMUM_AGE))) {
            throw InvalidInputException.of("birthDate", "apprentice.birthDate.too-young");
        }
    }

    void rankFree(long apprenticeId, int rank, @Nullable Long representativeId) {
        boolean taken =
                jdbc.sql("select count(*) from referential.legal_representative where apprentice_id = :apprentice"
                                        + " and rank = :rank and id <> :id")
                                .param("apprentice", apprenticeId)
                                .param("rank", rank)
                                .param("id", representativeId == null ? -1L : representativeId)
                                .query(Long.class)
                                .single()
                        > 0;
        if (taken) {
            throw InvalidInputException.of("rank", "legalRepresentative.rank.taken", rank);
        }
    }

    void placeOfStaff(long networkId, @Nullable Long cfaId, @Nullable Long siteId) {
        repositories
                .networks()
                .findById(networkId)
                .orElseThrow(() -> InvalidInputException.of("networkId", "network.unknown"));
        if (cfaId == null) {
            if (siteId != null) {
                throw InvalidInputException.of("siteId", "site.other-cfa");
            }
            return;
        }
        Cfa cfa = cfa(cfaId);
        if (cfa.networkId != networkId) {
            throw InvalidInputException.of("cfaId", "cfa.other-network");
        }
        siteOfCfa(siteId, cfa);
    }

    Codes programmeCodes(NewProgramme command) {
        String cfd = blankToNull(IdentifierKind.CFD.normalize(command.cfd()));
        String rncp = blankToNull(IdentifierKind.RNCP.normalize(command.rncp()));
        if (cfd == null && rncp == null) {
            throw InvalidInputException.of("cfd", "programme.code.required");
        }
        return new Codes(cfd, rncp);
    }

    /** The filière typed in, or the one of the diploma's NSF group. */
    @Nullable
    String sectorOf(NewProgramme command, @Nullable String cfd) {
        String typed = blankToNull(command.sector());
        return typed != null ? typed : queries.sectorOfCfd(cfd).orElse(null);
    }

    void cohortParts(NewCohort command) {
        if (command.endDate().isBefore(command.startDate())) {
            throw InvalidInputException.of("endDate", "cohort.dates.order");
        }
        repositories
                .programmes()
                .findById(command.programmeId())
                .orElseThrow(() -> InvalidInputException.of("programmeId", "programme.unknown"));
        repositories
                .sites()
                .findById(command.siteId())
                .orElseThrow(() -> InvalidInputException.of("siteId", "site.unknown"));
    }
}
