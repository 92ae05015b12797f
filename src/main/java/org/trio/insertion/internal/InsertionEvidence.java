package org.trio.insertion.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.quality.EvidenceProvider;
import org.trio.quality.QualiopiEvidence;

/** Qualiopi 29: the insertion follow-up of former apprentices over the twelve months before the reference date. */
@Component
class InsertionEvidence implements EvidenceProvider {

    private final JdbcClient jdbc;

    InsertionEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Summary(long situations, long leavers, LocalDate latest) {}

    @Override
    public List<QualiopiEvidence> evidenceFor(long cfaId, LocalDate referenceDate) {
        return jdbc.sql("""
                        select count(*) as situations, count(distinct enrolment_id) as leavers,
                               max(recorded_on) as latest
                        from insertion.situation where cfa_id = ? and recorded_on between ? and ?
                        """)
                .params(cfaId, referenceDate.minusMonths(12), referenceDate)
                .query(Summary.class)
                .optional()
                .filter(summary -> summary.situations() > 0)
                .map(summary -> List.of(new QualiopiEvidence(
                        29,
                        "Suivi de l'insertion des anciens apprentis : " + summary.leavers() + " sortants suivis, "
                                + summary.situations() + " situations relevées sur 12 mois",
                        "Situation à 6, 12, 18 et 24 mois (emploi, poursuite d'études, recherche d'emploi).",
                        summary.latest(),
                        null,
                        "/insertion/leavers?cfa=" + cfaId,
                        PublishedRates.SOURCE)))
                .orElse(List.of());
    }
}
