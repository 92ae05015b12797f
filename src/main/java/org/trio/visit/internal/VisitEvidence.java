package org.trio.visit.internal;

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
 * Qualiopi 13 (coordination between the CFA and the company): the visit reports filed for the CFA's apprentices over
 * the twelve months before the reference date, with the first and last visit dates, how many the maître acknowledged
 * and the actions decided and closed. When no report was filed in those twelve months, the latest school year with
 * reports is given instead, dated by its last visit: the readiness view then shows it out of date.
 */
@Component
class VisitEvidence implements EvidenceProvider {

    static final int INDICATOR = 13;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final MessageSource messages;

    VisitEvidence(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    record Reports(
            long reports,
            @Nullable LocalDate first,
            @Nullable LocalDate latest,
            long acknowledged,
            long actions,
            long actionsClosed) {}

    @Override
    public List<QualiopiEvidence> evidenceFor(long cfaId, LocalDate referenceDate) {
        LocalDate from = referenceDate.minusMonths(12);
        Reports recent = reports(cfaId, from, referenceDate);
        if (recent.reports() > 0) {
            return List.of(new QualiopiEvidence(
                    INDICATOR,
                    text(
                            "visit.evidence.reports.title",
                            recent.reports(),
                            DAY.format(recent.first()),
                            DAY.format(recent.latest())),
                    description(recent),
                    recent.latest(),
                    null,
                    "/visits",
                    text("visit.evidence.source")));
        }
        LocalDate last = jdbc.sql("select max(r.visited_on) from visit.report r join visit.visit v on v.id = r.visit_id"
                        + " where v.cfa_id = ? and r.visited_on <= ?")
                .params(cfaId, referenceDate)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (last == null) {
            return List.of();
        }
        SchoolYear year = SchoolYear.of(last);
        Reports older = reports(cfaId, year.start(), last);
        return List.of(new QualiopiEvidence(
                INDICATOR,
                text("visit.evidence.reports.old", older.reports(), year.label(), DAY.format(last)),
                description(older),
                last,
                null,
                "/visits",
                text("visit.evidence.source")));
    }

    private Reports reports(long cfaId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        with filed as (
                            select r.id, r.visited_on from visit.report r join visit.visit v on v.id = r.visit_id
                            where v.cfa_id = :cfa and r.visited_on between :from and :to)
                        select count(*) as reports, min(visited_on) as first, max(visited_on) as latest,
                               count(*) filter (where exists (select 1 from visit.acknowledgement a
                                  where a.report_id = filed.id and a.role = 'MENTOR')) as acknowledged,
                               (select count(*) from visit.action a where a.report_id in (select id from filed))
                                  as actions,
                               (select count(*) from visit.action a where a.report_id in (select id from filed)
                                  and a.closed_on is not null) as actions_closed
                        from filed
                        """)
                .param("cfa", cfaId)
                .param("from", from)
                .param("to", to)
                .query(Reports.class)
                .single();
    }

    private String description(Reports reports) {
        return text(
                "visit.evidence.reports.description",
                reports.acknowledged(),
                reports.actions(),
                reports.actionsClosed());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRANCE);
    }
}
