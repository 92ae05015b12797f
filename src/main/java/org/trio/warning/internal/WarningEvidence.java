package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.quality.EvidenceProvider;
import org.trio.quality.QualiopiEvidence;

/**
 * What the early warning proves, over the twelve months before the reference date: Qualiopi 12 (measures against
 * broken paths) with the signals received and the situations opened and closed — how many resolved without a rupture
 * —, and Qualiopi 10 (support adapted to each apprentice, traced) with the actions decided for the apprentices in a
 * situation and those done with a written report.
 */
@Component
class WarningEvidence implements EvidenceProvider {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    WarningEvidence(JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    record Situations(
            long signals,
            long opened,
            long closed,
            long resolved,
            @Nullable LocalDate latest) {}

    record Actions(
            long decided,
            long apprentices,
            long reported,
            @Nullable LocalDate latest) {}

    @Override
    public List<QualiopiEvidence> evidenceFor(long cfaId, LocalDate referenceDate) {
        LocalDate from = referenceDate.minusMonths(12);
        String zone = clock.getZone().getId();
        List<QualiopiEvidence> evidence = new ArrayList<>();
        Situations situations = jdbc.sql("""
                        select (select count(*) from warning.signal where cfa_id = :cfa
                                  and observed_on between :from and :to) as signals,
                               (select count(*) from warning.situation where cfa_id = :cfa
                                  and opened_on between :from and :to) as opened,
                               (select count(*) from warning.situation where cfa_id = :cfa
                                  and closed_on between :from and :to) as closed,
                               (select count(*) from warning.situation where cfa_id = :cfa
                                  and closed_on between :from and :to and outcome = 'RESOLVED') as resolved,
                               greatest(
                                 (select max(observed_on) from warning.signal where cfa_id = :cfa
                                    and observed_on between :from and :to),
                                 (select max(opened_on) from warning.situation where cfa_id = :cfa
                                    and opened_on between :from and :to),
                                 (select max(closed_on) from warning.situation where cfa_id = :cfa
                                    and closed_on between :from and :to)) as latest
                        """)
                .param("cfa", cfaId)
                .param("from", from)
                .param("to", referenceDate)
                .query(Situations.class)
                .single();
        if (situations.latest() != null) {
            evidence.add(new QualiopiEvidence(
                    12,
                    text(
                            "warning.evidence.situations.title",
                            situations.signals(),
                            situations.opened(),
                            situations.closed(),
                            situations.resolved()),
                    text("warning.evidence.situations.description"),
                    situations.latest(),
                    null,
                    "/warning/dashboard",
                    text("warning.evidence.source")));
        }
        Actions actions = jdbc.sql("""
                        with decided as (
                            select s.apprentice_id, a.status, a.done_on,
                                   (a.decided_at at time zone :zone)::date as decided_on
                            from warning.situation_action a join warning.situation s on s.id = a.situation_id
                            where s.cfa_id = :cfa and (a.decided_at at time zone :zone)::date between :from and :to)
                        select count(*) as decided, count(distinct apprentice_id) as apprentices,
                               count(*) filter (where status = 'DONE' and done_on <= :to) as reported,
                               greatest(max(decided_on), max(done_on) filter (where done_on <= :to)) as latest
                        from decided
                        """)
                .param("cfa", cfaId)
                .param("from", from)
                .param("to", referenceDate)
                .param("zone", zone)
                .query(Actions.class)
                .single();
        if (actions.decided() > 0) {
            evidence.add(new QualiopiEvidence(
                    10,
                    text(
                            "warning.evidence.actions.title",
                            actions.decided(),
                            actions.apprentices(),
                            actions.reported()),
                    text("warning.evidence.actions.description"),
                    actions.latest(),
                    null,
                    "/warning/situations",
                    text("warning.evidence.source")));
        }
        return evidence;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRANCE);
    }
}
