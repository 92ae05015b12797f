package org.trio.warning.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.ApprenticeScope;

/**
 * The regular situation point (seed 002: "un point de situation régulier est réalisé en réunion avec la direction, le
 * CJE, l'animateur, l'ADCP et la responsable de secrétariat"): every open situation with its assessment and open
 * actions, and the late actions.
 */
@Component
class SituationPoint {

    private final WarningQueries queries;
    private final Names names;
    private final JdbcClient jdbc;

    SituationPoint(WarningQueries queries, Names names, JdbcClient jdbc) {
        this.queries = queries;
        this.names = names;
        this.jdbc = jdbc;
    }

    record Item(
            WarningQueries.SituationRow situation,
            @Nullable String assessment,
            List<WarningQueries.ActionRow> actions) {}

    record Point(
            LocalDate day,
            List<Item> items,
            List<WarningQueries.ActionRow> lateActions,
            Map<Long, String> apprentices,
            Map<Long, String> staff,
            boolean social) {

        public long high() {
            return count(Situation.Priority.HIGH);
        }

        public long medium() {
            return count(Situation.Priority.MEDIUM);
        }

        public long low() {
            return count(Situation.Priority.LOW);
        }

        private long count(Situation.Priority priority) {
            return items.stream()
                    .filter(item -> item.situation().priority() == priority)
                    .count();
        }

        public long untriaged() {
            return items.stream()
                    .filter(item -> item.situation().priority() == null)
                    .count();
        }
    }

    Point of(ApprenticeScope scope, boolean social, LocalDate day) {
        List<WarningQueries.SituationRow> situations =
                queries.situations(scope, social, new WarningQueries.SituationFilter(null, null, false), day, null);
        Map<Long, String> assessments = new HashMap<>();
        Map<Long, List<WarningQueries.ActionRow>> actions = new HashMap<>();
        List<Long> ids =
                situations.stream().map(WarningQueries.SituationRow::id).toList();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, assessment from warning.situation where id in (:ids)")
                    .param("ids", ids)
                    .query((rs, row) -> assessments.put(rs.getLong(1), rs.getString(2)))
                    .list();
            jdbc.sql("select a.id, a.situation_id, s.apprentice_id, a.kind, a.description, a.confidential,"
                            + " a.owner_staff_id, a.due_date, a.status from warning.situation_action a"
                            + " join warning.situation s on s.id = a.situation_id where a.situation_id in (:ids)"
                            + " and a.status = 'PLANNED' order by a.due_date, a.id")
                    .param("ids", ids)
                    .query(WarningQueries.ActionRow.class)
                    .list()
                    .forEach(action -> actions.computeIfAbsent(action.situationId(), id -> new java.util.ArrayList<>())
                            .add(action));
        }
        List<Item> items = situations.stream()
                .map(situation -> new Item(
                        situation, assessments.get(situation.id()), actions.getOrDefault(situation.id(), List.of())))
                .toList();
        List<WarningQueries.ActionRow> late = queries.lateActions(scope, day, Integer.MAX_VALUE);
        List<WarningQueries.ActionRow> allActions = new java.util.ArrayList<>(late);
        actions.values().forEach(allActions::addAll);
        Map<Long, String> apprentices = names.apprentices(
                java.util.stream.Stream.concat(
                                situations.stream().map(WarningQueries.SituationRow::apprenticeId),
                                late.stream().map(WarningQueries.ActionRow::apprenticeId))
                        .collect(Collectors.toSet()),
                id -> id);
        return new Point(
                day, items, late, apprentices, names.staff(allActions, WarningQueries.ActionRow::ownerStaffId), social);
    }
}
