package org.trio.quality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.home.HomeTask;
import org.trio.home.HomeTaskProvider;

/**
 * The responsable qualité's (and the direction's) to-dos: complaints to acknowledge or answer, late improvement
 * measures, free-text answers to moderate, the next conseil de perfectionnement, Qualiopi indicators without evidence.
 */
@Component
class QualityHomeTasks implements HomeTaskProvider {

    private static final String CATEGORY = "home.category.quality";

    private final JdbcClient jdbc;
    private final QualiopiService qualiopi;
    private final Clock clock;

    QualityHomeTasks(JdbcClient jdbc, QualiopiService qualiopi, Clock clock) {
        this.jdbc = jdbc;
        this.qualiopi = qualiopi;
        this.clock = clock;
    }

    record Open(long id, String subject, LocalDate due, String step) {}

    record Measure(long id, String title, LocalDate dueOn) {}

    @Override
    public List<HomeTask> tasksFor(CurrentUser user) {
        if ((user.role() != Role.QUALITY_MANAGER && user.role() != Role.CFA_DIRECTOR) || user.cfaId() == null) {
            return List.of();
        }
        long cfa = user.cfaId();
        LocalDate today = LocalDate.now(clock);
        List<HomeTask> tasks = new ArrayList<>();
        jdbc.sql("""
                        select c.id, c.subject,
                               case when c.status = 'RECEIVED' then c.received_on + coalesce(p.acknowledgement_days, 7)
                                    else c.received_on + coalesce(p.answer_days, 30) end as due,
                               case when c.status = 'RECEIVED' then 'ACKNOWLEDGE' else 'ANSWER' end as step
                        from quality.complaint c
                        left join lateral (select acknowledgement_days, answer_days from quality.complaint_policy
                                           where valid_from <= c.received_on order by valid_from desc limit 1) p on true
                        where c.cfa_id = ? and c.status in ('RECEIVED', 'ACKNOWLEDGED') order by due limit 20
                        """)
                .param(cfa)
                .query(Open.class)
                .list()
                .forEach(open -> tasks.add(new HomeTask(
                        CATEGORY,
                        (open.step().equals("ACKNOWLEDGE")
                                        ? "Accuser réception de la réclamation n° "
                                        : "Répondre à la réclamation n° ")
                                + open.id(),
                        open.subject(),
                        "/quality/complaints/" + open.id(),
                        open.due(),
                        open.due().isBefore(today))));
        jdbc.sql("select id, title, due_on from quality.improvement_action where cfa_id = ? and status in"
                        + " ('PLANNED', 'IN_PROGRESS') and due_on < ? order by due_on limit 20")
                .params(cfa, today)
                .query(Measure.class)
                .list()
                .forEach(measure -> tasks.add(new HomeTask(
                        CATEGORY,
                        "Mesure d'amélioration en retard",
                        measure.title(),
                        "/quality/actions/" + measure.id(),
                        measure.dueOn(),
                        true)));
        long pending = jdbc.sql("select count(*) from quality.answer a join quality.response r on r.id = a.response_id"
                        + " join quality.campaign c on c.id = r.campaign_id where c.cfa_id = ? and a.moderation ="
                        + " 'PENDING'")
                .param(cfa)
                .query(Long.class)
                .single();
        if (pending > 0) {
            tasks.add(new HomeTask(
                    CATEGORY,
                    pending + " réponse(s) libre(s) d'enquête à modérer",
                    "Relire avant publication dans les résultats",
                    "/quality/surveys?cfa=" + cfa,
                    null,
                    false));
        }
        jdbc.sql("select id, meeting_date from quality.council_meeting where cfa_id = ? and not held and meeting_date"
                        + " between ? and ? order by meeting_date limit 1")
                .params(cfa, today, today.plusDays(45))
                .query((rs, row) -> new HomeTask(
                        CATEGORY,
                        "Préparer le conseil de perfectionnement",
                        "Ordre du jour, indicateurs du CFA, convocations",
                        "/quality/council/meetings/" + rs.getLong("id"),
                        rs.getObject("meeting_date", LocalDate.class),
                        false))
                .list()
                .forEach(tasks::add);
        long missing = qualiopi.readiness(cfa, today).stream()
                .filter(line -> line.status() != Readiness.Status.PRESENT)
                .count();
        if (missing > 0 && user.role() == Role.QUALITY_MANAGER) {
            tasks.add(new HomeTask(
                    CATEGORY,
                    missing + " indicateur(s) Qualiopi sans preuve à jour",
                    "Compléter le dossier de preuves avant l'audit",
                    "/quality/qualiopi?cfa=" + cfa,
                    null,
                    false));
        }
        return tasks;
    }
}
