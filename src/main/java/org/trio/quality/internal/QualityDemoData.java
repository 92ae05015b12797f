package org.trio.quality.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoDataContributor;
import org.trio.platform.demo.DemoKeys;

/**
 * The quality part of the demo network, for every CFA: complaints at each stage with their improvement measures (one
 * late), surveys with answers, a conseil de perfectionnement with its members and a held meeting, Qualiopi evidence and
 * a charter self-assessment. Dates are relative to the demo's "today".
 */
@Component
class QualityDemoData implements DemoDataContributor {

    private final EvidenceFiles files;
    private final SurveyDemoData surveys;
    private final CouncilDemoData council;
    private final CharterDemoData charter;

    QualityDemoData(EvidenceFiles files, SurveyDemoData surveys, CouncilDemoData council, CharterDemoData charter) {
        this.files = files;
        this.surveys = surveys;
        this.council = council;
        this.charter = charter;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public void contribute(DemoContext context) {
        long[] cfas = context.shared(DemoKeys.CFAS);
        LocalDate today = context.today();
        for (long cfa : cfas) {
            complaintsAndActions(context, cfa, today);
            evidence(context, cfa, today);
        }
        surveys.contribute(context, today);
        council.contribute(context, today);
        charter.contribute(context, today);
    }

    private static void complaintsAndActions(DemoContext context, long cfa, LocalDate today) {
        long lateAction = action(
                context,
                cfa,
                "Planifier la visite de période d'essai pour chaque nouveau contrat",
                "RUPTURE_ANALYSIS",
                "Analyse des ruptures de l'année précédente",
                "Conseiller jeunes et entreprises",
                today.minusMonths(4),
                today.minusDays(10),
                "IN_PROGRESS",
                null,
                null);
        long doneAction = action(
                context,
                cfa,
                "Communiquer le planning d'alternance aux employeurs dès la signature",
                "COMPLAINT",
                "Réclamation d'un employeur sur le calendrier",
                "Secrétariat pédagogique",
                today.minusMonths(6),
                today.minusMonths(3),
                "DONE",
                today.minusMonths(3).minusDays(5),
                "Plus aucune réclamation sur le calendrier depuis la mesure.");
        action(
                context,
                cfa,
                "Questionnaire de satisfaction des financeurs une fois par an",
                "AUDIT",
                "Audit Qualiopi de surveillance",
                "Responsable qualité",
                today.minusMonths(1),
                today.plusMonths(5),
                "PLANNED",
                null,
                null);
        complaint(
                context,
                cfa,
                "COMPLAINT",
                "EMPLOYER",
                "EMAIL",
                "Calendrier d'alternance reçu trop tard",
                today.minusMonths(7),
                today.minusMonths(7).plusDays(2),
                today.minusMonths(7).plusDays(12),
                "CLOSED",
                doneAction);
        complaint(
                context,
                cfa,
                "COMPLAINT",
                "APPRENTICE",
                "IN_PERSON",
                "Salle d'atelier trop froide en hiver",
                today.minusDays(20),
                today.minusDays(18),
                null,
                "ACKNOWLEDGED",
                null);
        complaint(
                context,
                cfa,
                "INCIDENT",
                "STAFF",
                "PHONE",
                "Formateur absent une semaine, cours reportés",
                today.minusDays(3),
                null,
                null,
                "RECEIVED",
                null);
        complaint(
                context,
                cfa,
                "DIFFICULTY",
                "MENTOR",
                "PHONE",
                "Maître d'apprentissage sans nouvelles du tuteur",
                today.minusMonths(2),
                today.minusMonths(2).plusDays(1),
                today.minusMonths(2).plusDays(9),
                "ANSWERED",
                lateAction);
    }

    /** A few documents and links of the evidence store; indicator 2's is out of date, others are missing. */
    private void evidence(DemoContext context, long cfa, LocalDate today) {
        long file = files.store(
                "file",
                "procedure-reclamations.txt",
                ("Procédure de traitement des réclamations : accusé de réception sous 7 jours, réponse sous 30 jours,"
                                + " analyse en revue qualité, mesures d'amélioration suivies au tableau de bord.")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "qualite@demo.trio");
        insertEvidence(
                context, cfa, 31, "Procédure de traitement des réclamations", null, file, today.minusMonths(5), null);
        insertEvidence(
                context,
                cfa,
                1,
                "Fiches formations publiées sur le site du CFA",
                "https://www.btpcfa-idf.fr/formations",
                null,
                today.minusMonths(2),
                null);
        insertEvidence(
                context,
                cfa,
                2,
                "Indicateurs de résultats publiés",
                "https://www.btpcfa-idf.fr/resultats",
                null,
                today.minusMonths(20),
                today.minusMonths(8));
        insertEvidence(
                context,
                cfa,
                23,
                "Abonnement à la veille réglementaire Centre Inffo",
                "https://www.centre-inffo.fr",
                null,
                today.minusMonths(3),
                today.plusMonths(9));
    }

    private static void insertEvidence(
            DemoContext context,
            long cfa,
            int indicator,
            String title,
            String url,
            Long file,
            LocalDate date,
            LocalDate validUntil) {
        context.jdbc()
                .sql("insert into quality.evidence (cfa_id, indicator, title, kind, url, file_id, document_date,"
                        + " valid_until, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " 'qualite@demo.trio')")
                .params(
                        cfa,
                        indicator,
                        title,
                        file == null ? "LINK" : "FILE",
                        url,
                        file,
                        date,
                        validUntil,
                        OffsetDateTime.of(date.atStartOfDay(), ZoneOffset.UTC))
                .update();
    }

    private static long action(
            DemoContext context,
            long cfa,
            String title,
            String source,
            String reference,
            String owner,
            LocalDate opened,
            LocalDate due,
            String status,
            LocalDate done,
            String effect) {
        return context.jdbc()
                .sql("insert into quality.improvement_action (cfa_id, title, source, source_reference, owner,"
                        + " opened_on, due_on, status, done_on, effect_observed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " returning id")
                .params(cfa, title, source, reference, owner, opened, due, status, done, effect)
                .query(Long.class)
                .single();
    }

    private static void complaint(
            DemoContext context,
            long cfa,
            String nature,
            String complainant,
            String channel,
            String subject,
            LocalDate received,
            LocalDate acknowledged,
            LocalDate answered,
            String status,
            Long action) {
        context.jdbc()
                .sql("insert into quality.complaint (cfa_id, nature, complainant_kind, channel, subject, description,"
                        + " received_on, acknowledged_on, analysis, answer, answered_on, closed_on, status,"
                        + " improvement_action_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        cfa,
                        nature,
                        complainant,
                        channel,
                        subject,
                        subject + ". Signalé au responsable qualité.",
                        received,
                        acknowledged,
                        answered == null ? null : "Cause identifiée avec l'équipe pédagogique.",
                        answered == null ? null : "Réponse écrite envoyée avec la mesure prise.",
                        answered,
                        "CLOSED".equals(status) ? answered : null,
                        status,
                        action,
                        OffsetDateTime.of(received.atStartOfDay(), ZoneOffset.UTC))
                .update();
    }
}
