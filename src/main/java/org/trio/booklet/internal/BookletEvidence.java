package org.trio.booklet.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.quality.EvidenceProvider;
import org.trio.quality.QualiopiEvidence;
import org.trio.shared.SchoolYear;

/**
 * Qualiopi 13 (coordination and progression between the CFA and the company): the livrets kept over the twelve months
 * before the reference date — how many had activity, period returns, notes and replies, evaluations by the maître and
 * the trainer, evaluation grids shared. When nothing was written in those twelve months, the latest school year with
 * activity is given instead, dated by its last activity: the readiness view then shows it out of date.
 */
@Component
class BookletEvidence implements EvidenceProvider {

    static final int INDICATOR = 13;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    BookletEvidence(JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    record Activity(
            long booklets,
            long returns,
            long exchanges,
            long evaluations,
            long grids,
            @Nullable LocalDate latest) {}

    @Override
    public List<QualiopiEvidence> evidenceFor(long cfaId, LocalDate referenceDate) {
        Activity recent = activity(cfaId, referenceDate.minusMonths(12), referenceDate);
        if (recent.booklets() > 0) {
            return List.of(new QualiopiEvidence(
                    INDICATOR,
                    text("booklet.evidence.title", recent.booklets(), recent.returns(), recent.evaluations()),
                    description(recent),
                    recent.latest(),
                    null,
                    "/booklet",
                    text("booklet.evidence.source")));
        }
        LocalDate last = jdbc.sql("""
                        select greatest(
                          (select max(e.evaluated_on) from booklet.evaluation e
                             join booklet.booklet b on b.id = e.booklet_id
                            where b.cfa_id = :cfa and e.evaluated_on <= :to),
                          (select max((en.posted_at at time zone :zone)::date) from booklet.entry en
                             join booklet.booklet b on b.id = en.booklet_id
                            where b.cfa_id = :cfa and (en.posted_at at time zone :zone)::date <= :to))
                        """)
                .param("cfa", cfaId)
                .param("to", referenceDate)
                .param("zone", clock.getZone().getId())
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (last == null) {
            return List.of();
        }
        SchoolYear year = SchoolYear.of(last);
        Activity older = activity(cfaId, year.start(), last);
        return List.of(new QualiopiEvidence(
                INDICATOR,
                text("booklet.evidence.old", older.booklets(), year.label(), DAY.format(last)),
                description(older),
                last,
                null,
                "/booklet",
                text("booklet.evidence.source")));
    }

    private Activity activity(long cfaId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        with entries as (
                            select en.booklet_id, en.kind, (en.posted_at at time zone :zone)::date as day
                            from booklet.entry en join booklet.booklet b on b.id = en.booklet_id
                            where b.cfa_id = :cfa and (en.posted_at at time zone :zone)::date between :from and :to),
                        evaluations as (
                            select e.booklet_id, e.evaluated_on as day
                            from booklet.evaluation e join booklet.booklet b on b.id = e.booklet_id
                            where b.cfa_id = :cfa and e.evaluated_on between :from and :to)
                        select (select count(*) from (select booklet_id from entries union
                                                      select booklet_id from evaluations) active) as booklets,
                               (select count(*) from entries where kind = 'PERIOD_RETURN') as returns,
                               (select count(*) from entries where kind <> 'PERIOD_RETURN') as exchanges,
                               (select count(*) from evaluations) as evaluations,
                               (select count(*) from booklet.booklet b where b.cfa_id = :cfa
                                  and (b.grid_shared_at at time zone :zone)::date between :from and :to) as grids,
                               greatest((select max(day) from entries), (select max(day) from evaluations)) as latest
                        """)
                .param("cfa", cfaId)
                .param("from", from)
                .param("to", to)
                .param("zone", clock.getZone().getId())
                .query(Activity.class)
                .single();
    }

    private String description(Activity activity) {
        return text(
                "booklet.evidence.description", activity.exchanges(), activity.grids(), DAY.format(activity.latest()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRANCE);
    }
}
