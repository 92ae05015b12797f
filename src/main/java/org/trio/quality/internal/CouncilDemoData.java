package org.trio.quality.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoKeys;

/**
 * A conseil de perfectionnement for every demo CFA: members of every college, a meeting held last spring with notes,
 * decisions (one carried out as an improvement measure), and the next meeting planned.
 */
@Component
class CouncilDemoData {

    private static final String[][] MEMBERS = {
        {"EMPLOYERS", "Sophie Garnier", "Garnier Couverture", "Gérante"},
        {"EMPLOYERS", "Karim Haddad", "Haddad Électricité", "Maître d'apprentissage"},
        {"EMPLOYEES", "Julien Morel", "CFDT Construction", "Représentant des salariés"},
        {"APPRENTICES", "Inès Lefort", null, "Déléguée des apprentis"},
        {"STAFF", "Marc Petit", null, "Formateur"},
        {"INSTITUTIONS", "Hélène Roux", "Rectorat — mission de contrôle", "Inspectrice"}
    };

    void contribute(DemoContext context, LocalDate today) {
        JdbcClient jdbc = context.jdbc();
        List<String[]> topics = jdbc.sql("select code, title from quality.council_topic order by position")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        int year = context.currentSchoolYear().startYear();
        for (long cfa : (long[]) context.shared(DemoKeys.CFAS)) {
            LocalDate since = LocalDate.of(year - 2, 9, 1);
            long[] members = new long[MEMBERS.length];
            for (int i = 0; i < MEMBERS.length; i++) {
                members[i] = jdbc.sql("insert into quality.council_member (cfa_id, college, full_name, organisation,"
                                + " function, since) values (?, ?, ?, ?, ?, ?) returning id")
                        .params(cfa, MEMBERS[i][0], MEMBERS[i][1], MEMBERS[i][2], MEMBERS[i][3], since)
                        .query(Long.class)
                        .single();
            }
            LocalDate heldOn = LocalDate.of(year, 6, 12).isBefore(today)
                    ? LocalDate.of(year, 6, 12)
                    : LocalDate.of(year - 1, 6, 12);
            long held = meeting(jdbc, cfa, heldOn, true, topics);
            for (int i = 0; i < members.length; i++) {
                jdbc.sql("insert into quality.council_attendance (meeting_id, member_id, present) values (?, ?, ?)")
                        .params(held, members[i], i != 2)
                        .update();
            }
            List<Long> items = jdbc.sql(
                            "select id from quality.council_agenda_item where meeting_id = ? order by" + " position")
                    .param(held)
                    .query(Long.class)
                    .list();
            note(jdbc, items.get(0), "Présentation du projet pédagogique de l'année ; avis favorable du conseil.");
            note(jdbc, items.get(1), "Point sur l'accueil des apprentis en situation de handicap et la mobilité.");
            note(
                    jdbc,
                    items.get(11),
                    "Les ruptures se concentrent en première année de CAP, pendant les deux"
                            + " premiers mois du contrat.");
            jdbc.sql("insert into quality.council_decision (meeting_id, agenda_item_id, text) values (?, ?, ?)")
                    .params(held, items.get(0), "Le projet pédagogique est adopté.")
                    .update();
            long action = jdbc.sql("insert into quality.improvement_action (cfa_id, title, source, source_reference,"
                            + " owner, opened_on, due_on, status) values (?, ?, 'COUNCIL', ?, 'Direction', ?, ?,"
                            + " 'IN_PROGRESS') returning id")
                    .params(
                            cfa,
                            "Visite systématique pendant la période d'essai des CAP 1re année",
                            "Conseil de perfectionnement du " + heldOn.format(Dates.FRENCH),
                            heldOn,
                            heldOn.plusMonths(6))
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into quality.council_decision (meeting_id, agenda_item_id, text, improvement_action_id)"
                            + " values (?, ?, ?, ?)")
                    .params(
                            held,
                            items.get(11),
                            "Visite systématique pendant la période d'essai des CAP 1re année",
                            action)
                    .update();
            meeting(jdbc, cfa, today.plusWeeks(5), false, topics);
        }
    }

    private static long meeting(JdbcClient jdbc, long cfa, LocalDate date, boolean held, List<String[]> topics) {
        long meeting = jdbc.sql("insert into quality.council_meeting (cfa_id, meeting_date, place, chair, held)"
                        + " values (?, ?, 'Salle du conseil', 'Sophie Garnier', ?) returning id")
                .params(cfa, date, held)
                .query(Long.class)
                .single();
        for (int i = 0; i < topics.size(); i++) {
            jdbc.sql("insert into quality.council_agenda_item (meeting_id, position, topic_code, title)"
                            + " values (?, ?, ?, ?)")
                    .params(meeting, i + 1, topics.get(i)[0], topics.get(i)[1])
                    .update();
        }
        return meeting;
    }

    private static void note(JdbcClient jdbc, long item, String text) {
        jdbc.sql("update quality.council_agenda_item set notes = ? where id = ?")
                .params(text, item)
                .update();
    }
}
