package org.trio.quality.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoKeys;
import org.trio.platform.demo.DemoPath;

/**
 * Demo questionnaires (apprentices, maîtres d'apprentissage, funders, teaching teams) and, for every CFA, an
 * apprentice and a maître campaign of the previous school year (closed) and of the current one (open), with about
 * half of the invited people having answered and a few free-text answers waiting for moderation.
 */
@Component
class SurveyDemoData {

    private static final String[] SUGGESTIONS = {
        "Plus d'exercices pratiques à l'atelier.",
        "Recevoir le planning plus tôt.",
        "Le formateur référent est très disponible, merci.",
        "Des horaires de cours mieux répartis sur la semaine.",
        "Plus d'informations sur les aides au permis de conduire."
    };

    void contribute(DemoContext context, LocalDate today) {
        JdbcClient jdbc = context.jdbc();
        long network = context.shared(DemoKeys.NETWORK);
        long apprentices = questionnaire(
                jdbc,
                network,
                "Appréciation des apprentis",
                "APPRENTICE",
                "Vos réponses sont anonymes et nous aident à améliorer la formation.");
        List<Long> apprenticeQuestions = List.of(
                question(
                        jdbc,
                        apprentices,
                        1,
                        "SCALE",
                        "Dans l'ensemble, êtes-vous satisfait(e) de votre formation ?",
                        null,
                        true,
                        true),
                question(
                        jdbc,
                        apprentices,
                        2,
                        "SCALE",
                        "Êtes-vous satisfait(e) de l'accompagnement de votre formateur référent ?",
                        null,
                        true,
                        true),
                question(
                        jdbc,
                        apprentices,
                        3,
                        "SCALE",
                        "Ce que vous faites en entreprise est-il en lien avec ce que vous apprenez au CFA ?",
                        null,
                        false,
                        false),
                question(
                        jdbc,
                        apprentices,
                        4,
                        "CHOICE",
                        "Recommanderiez-vous le CFA à un ami ?",
                        "Oui;Peut-être;Non",
                        false,
                        false),
                question(jdbc, apprentices, 5, "TEXT", "Qu'est-ce qui pourrait être amélioré ?", null, false, false));
        long employers = questionnaire(
                jdbc,
                network,
                "Appréciation des maîtres d'apprentissage et employeurs",
                "EMPLOYER",
                "Votre avis sur le CFA et le suivi de votre apprenti.");
        List<Long> employerQuestions = List.of(
                question(
                        jdbc,
                        employers,
                        1,
                        "SCALE",
                        "Dans l'ensemble, êtes-vous satisfait(e) du CFA ?",
                        null,
                        true,
                        true),
                question(
                        jdbc,
                        employers,
                        2,
                        "SCALE",
                        "Êtes-vous satisfait(e) des échanges avec le formateur référent (visites, livret) ?",
                        null,
                        true,
                        true),
                question(
                        jdbc,
                        employers,
                        3,
                        "CHOICE",
                        "Accueilleriez-vous un nouvel apprenti du CFA ?",
                        "Oui;Peut-être;Non",
                        false,
                        false),
                question(jdbc, employers, 4, "TEXT", "Vos suggestions", null, false, false));
        long funders = questionnaire(
                jdbc,
                network,
                "Appréciation des financeurs",
                "FUNDER",
                "Sollicitation annuelle des financeurs (Qualiopi, indicateur 30).");
        question(jdbc, funders, 1, "SCALE", "Êtes-vous satisfait(e) des échanges avec le CFA ?", null, true, true);
        question(jdbc, funders, 2, "TEXT", "Vos observations sur l'activité du CFA", null, false, false);
        long team = questionnaire(jdbc, network, "Appréciation des équipes pédagogiques", "TEACHING_TEAM", null);
        question(
                jdbc,
                team,
                1,
                "SCALE",
                "Êtes-vous satisfait(e) des moyens mis à votre disposition ?",
                null,
                true,
                true);
        question(jdbc, team, 2, "TEXT", "Vos propositions d'amélioration", null, false, false);

        SplittableRandom random = context.random("surveys");
        List<DemoPath> paths = context.shared(DemoKeys.PATHS);
        int current = context.currentSchoolYear().startYear();
        for (long cfa : (long[]) context.shared(DemoKeys.CFAS)) {
            for (int year : new int[] {current - 1, current}) {
                boolean past = year < current;
                LocalDate opens = past ? LocalDate.of(year + 1, 5, 15) : today.minusDays(10);
                LocalDate closes = past ? LocalDate.of(year + 1, 6, 15) : today.plusDays(20);
                long apprenticeCampaign = campaign(
                        jdbc, cfa, apprentices, "Enquête apprentis " + year + "-" + (year + 1), year, opens, closes);
                long employerCampaign = campaign(
                        jdbc,
                        cfa,
                        employers,
                        "Enquête maîtres d'apprentissage " + year + "-" + (year + 1),
                        year,
                        opens,
                        closes);
                int index = 0;
                for (DemoPath path : paths) {
                    int offset = year - path.firstSchoolYear();
                    if (path.cfaId() != cfa || offset < 0 || offset >= path.cohortIds().length) {
                        continue;
                    }
                    LocalDate answeredOn = opens.plusDays(random.nextInt(10));
                    boolean answered = random.nextInt(100) < (past ? 62 : 45) && !answeredOn.isAfter(today);
                    respond(
                            jdbc,
                            random,
                            apprenticeCampaign,
                            path.programmeId(),
                            opens,
                            answered ? answeredOn : null,
                            apprenticeQuestions,
                            past);
                    if (index++ % 3 != 2) {
                        boolean mentorAnswered = random.nextInt(100) < 50 && !answeredOn.isAfter(today);
                        respond(
                                jdbc,
                                random,
                                employerCampaign,
                                path.programmeId(),
                                opens,
                                mentorAnswered ? answeredOn : null,
                                employerQuestions,
                                past);
                    }
                }
            }
        }
    }

    private static void respond(
            JdbcClient jdbc,
            SplittableRandom random,
            long campaign,
            long programme,
            LocalDate invitedOn,
            LocalDate answeredOn,
            List<Long> questions,
            boolean past) {
        jdbc.sql("insert into quality.invitation (campaign_id, token, programme_id, invited_at, answered_on)"
                        + " values (?, ?, ?, ?, ?)")
                .params(
                        campaign,
                        SurveyService.newToken(),
                        programme,
                        OffsetDateTime.of(invitedOn.atStartOfDay(), ZoneOffset.UTC),
                        answeredOn)
                .update();
        if (answeredOn == null) {
            return;
        }
        long response = jdbc.sql("insert into quality.response (campaign_id, programme_id, submitted_on)"
                        + " values (?, ?, ?) returning id")
                .params(campaign, programme, answeredOn)
                .query(Long.class)
                .single();
        for (int i = 0; i < questions.size(); i++) {
            long question = questions.get(i);
            boolean last = i == questions.size() - 1;
            boolean choice = i == questions.size() - 2;
            if (last) {
                if (random.nextInt(100) < 25) {
                    jdbc.sql("insert into quality.answer (response_id, question_id, text, moderation)"
                                    + " values (?, ?, ?, ?)")
                            .params(
                                    response,
                                    question,
                                    SUGGESTIONS[random.nextInt(SUGGESTIONS.length)],
                                    past || random.nextBoolean() ? "APPROVED" : "PENDING")
                            .update();
                }
            } else if (choice) {
                String[] options = {"Oui", "Oui", "Oui", "Peut-être", "Non"};
                jdbc.sql("insert into quality.answer (response_id, question_id, choice) values (?, ?, ?)")
                        .params(response, question, options[random.nextInt(options.length)])
                        .update();
            } else {
                int[] weights = {1, 2, 3, 4, 4, 4, 4, 5, 5, 5};
                jdbc.sql("insert into quality.answer (response_id, question_id, scale_value) values (?, ?, ?)")
                        .params(response, question, (short) weights[random.nextInt(weights.length)])
                        .update();
            }
        }
    }

    private static long questionnaire(JdbcClient jdbc, long network, String title, String audience, String intro) {
        return jdbc.sql("insert into quality.questionnaire (network_id, title, audience, intro) values (?, ?, ?, ?)"
                        + " returning id")
                .params(network, title, audience, intro)
                .query(Long.class)
                .single();
    }

    private static long question(
            JdbcClient jdbc,
            long questionnaire,
            int position,
            String kind,
            String text,
            String choices,
            boolean required,
            boolean satisfaction) {
        return jdbc.sql("insert into quality.question (questionnaire_id, position, kind, text, choices, required,"
                        + " satisfaction) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(questionnaire, position, kind, text, choices, required, satisfaction)
                .query(Long.class)
                .single();
    }

    private static long campaign(
            JdbcClient jdbc, long cfa, long questionnaire, String title, int year, LocalDate opens, LocalDate closes) {
        return jdbc.sql("insert into quality.campaign (cfa_id, questionnaire_id, title, school_year, opens_on,"
                        + " closes_on, created_at) values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        cfa,
                        questionnaire,
                        title,
                        year,
                        opens,
                        closes,
                        OffsetDateTime.of(opens.atStartOfDay(), ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }
}
