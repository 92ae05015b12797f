package org.trio.quality.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.quality.EvidenceProvider;
import org.trio.quality.QualiopiEvidence;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffFunction;
import org.trio.referential.StaffInfo;

/**
 * What the quality module's own records prove, over the twelve months before the reference date: appreciation
 * surveys (30), the complaint register (31), improvement measures (32), the conseil de perfectionnement's meetings and
 * the designated référents handicap and mobilité (20).
 */
@Component
class QualityEvidence implements EvidenceProvider {

    private static final String SOURCE = "Qualité";

    private final JdbcClient jdbc;
    private final ReferentialManagement referential;

    QualityEvidence(JdbcClient jdbc, ReferentialManagement referential) {
        this.jdbc = jdbc;
        this.referential = referential;
    }

    record Survey(long id, String title, String audience, LocalDate closesOn, long invited, long answered) {}

    record Register(long total, long answered, LocalDate latest, Double averageDelay) {}

    record Measures(long total, long done, long late, LocalDate latest) {}

    @Override
    public List<QualiopiEvidence> evidenceFor(long cfaId, LocalDate reference) {
        LocalDate from = reference.minusMonths(12);
        List<QualiopiEvidence> evidence = new ArrayList<>();
        jdbc
                .sql("""
                        select c.id, c.title, q.audience, c.closes_on,
                               (select count(*) from quality.invitation i where i.campaign_id = c.id) as invited,
                               (select count(*) from quality.invitation i where i.campaign_id = c.id
                                  and i.answered_on is not null) as answered
                        from quality.campaign c join quality.questionnaire q on q.id = c.questionnaire_id
                        where c.cfa_id = :cfa and c.opens_on <= :reference and c.closes_on >= :from
                        order by c.closes_on
                        """)
                .param("cfa", cfaId)
                .param("reference", reference)
                .param("from", from)
                .query(Survey.class)
                .list()
                .stream()
                .filter(survey -> survey.answered() > 0)
                .forEach(survey -> evidence.add(new QualiopiEvidence(
                        30,
                        "Enquête « " + survey.title() + " » : " + survey.answered() + " réponses sur "
                                + survey.invited() + " invitations",
                        "Appréciations recueillies auprès du public « " + audienceLabel(survey.audience()) + " ».",
                        survey.closesOn().isAfter(reference) ? reference : survey.closesOn(),
                        null,
                        "/quality/surveys/campaigns/" + survey.id() + "/results",
                        SOURCE)));
        jdbc.sql("""
                        select count(*) as total, count(answered_on) as answered, max(greatest(received_on,
                               coalesce(answered_on, received_on))) as latest,
                               avg(answered_on - received_on) as average_delay
                        from quality.complaint where cfa_id = :cfa and received_on between :from and :reference
                        """)
                .param("cfa", cfaId)
                .param("from", from)
                .param("reference", reference)
                .query(Register.class)
                .optional()
                .filter(register -> register.total() > 0)
                .ifPresent(register -> evidence.add(new QualiopiEvidence(
                        31,
                        "Registre des réclamations, aléas et difficultés : " + register.total() + " sur 12 mois, "
                                + register.answered() + " traitées",
                        register.averageDelay() == null
                                ? "Aucune réponse enregistrée."
                                : "Délai moyen de réponse : " + Math.round(register.averageDelay()) + " jours.",
                        register.latest().isAfter(reference) ? reference : register.latest(),
                        null,
                        "/quality/complaints?cfa=" + cfaId,
                        SOURCE)));
        jdbc.sql("""
                        select count(*) as total, count(*) filter (where status = 'DONE') as done,
                               count(*) filter (where status in ('PLANNED', 'IN_PROGRESS') and due_on < :reference)
                                 as late,
                               max(greatest(opened_on, coalesce(done_on, opened_on))) as latest
                        from quality.improvement_action
                        where cfa_id = :cfa and opened_on <= :reference
                          and (status in ('PLANNED', 'IN_PROGRESS') or coalesce(done_on, due_on) >= :from)
                        """)
                .param("cfa", cfaId)
                .param("from", from)
                .param("reference", reference)
                .query(Measures.class)
                .optional()
                .filter(measures -> measures.total() > 0)
                .ifPresent(measures -> evidence.add(new QualiopiEvidence(
                        32,
                        "Tableau de bord des mesures d'amélioration : " + measures.total() + " mesures, "
                                + measures.done() + " réalisées, " + measures.late() + " en retard",
                        "Mesures issues des réclamations, enquêtes, conseils de perfectionnement et audits.",
                        measures.latest().isAfter(reference) ? reference : measures.latest(),
                        null,
                        "/quality/actions?cfa=" + cfaId,
                        SOURCE)));
        jdbc.sql("select id, meeting_date from quality.council_meeting where cfa_id = :cfa and held"
                        + " and meeting_date between :from and :reference order by meeting_date")
                .param("cfa", cfaId)
                .param("from", from)
                .param("reference", reference)
                .query((rs, row) -> new QualiopiEvidence(
                        20,
                        "Conseil de perfectionnement du "
                                + rs.getObject("meeting_date", LocalDate.class).format(Dates.FRENCH)
                                + " : ordre du jour et compte rendu",
                        "Séance tenue ; décisions suivies en mesures d'amélioration.",
                        rs.getObject("meeting_date", LocalDate.class),
                        null,
                        "/quality/council/meetings/" + rs.getLong("id"),
                        SOURCE))
                .list()
                .forEach(evidence::add);
        referent(evidence, cfaId, reference, StaffFunction.DISABILITY_REFERENT, "Référent handicap désigné : ");
        referent(evidence, cfaId, reference, StaffFunction.MOBILITY_REFERENT, "Référent mobilité désigné : ");
        return evidence;
    }

    private void referent(
            List<QualiopiEvidence> evidence, long cfaId, LocalDate reference, StaffFunction function, String label) {
        for (StaffInfo staff : referential.staffOfCfa(cfaId, function)) {
            evidence.add(new QualiopiEvidence(
                    20,
                    label + staff.fullName(),
                    staff.email() == null ? "" : "Contact : " + staff.email(),
                    reference,
                    null,
                    "",
                    "Référentiel"));
        }
    }

    private static String audienceLabel(String audience) {
        return switch (audience) {
            case "APPRENTICE" -> "apprentis";
            case "EMPLOYER" -> "maîtres d'apprentissage et employeurs";
            case "FUNDER" -> "financeurs";
            default -> "équipes pédagogiques";
        };
    }
}
