package org.trio.visit.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.calendar.CalendarFeedContributor;
import org.trio.calendar.FeedEvent;
import org.trio.visit.VisitMode;

/** Puts the planned and done company visits in the private calendar feeds (one hour when a time is set). */
@Component
class VisitFeedEvents implements CalendarFeedContributor {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    VisitFeedEvents(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public List<FeedEvent> feedEvents(Collection<Long> contractIds) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, contract_id, planned_on, planned_time, mode, visitor_name from visit.visit"
                        + " where contract_id in (:ids) and status <> 'CANCELLED' order by planned_on")
                .param("ids", List.copyOf(contractIds))
                .query((rs, row) -> {
                    VisitMode mode = VisitMode.valueOf(rs.getString("mode"));
                    LocalTime time = rs.getObject("planned_time", LocalTime.class);
                    return new FeedEvent(
                            "visit-" + rs.getLong("id") + "@trio",
                            rs.getLong("contract_id"),
                            rs.getObject("planned_on", LocalDate.class),
                            time,
                            60,
                            messages.getMessage("visit.feed.summary", null, Locale.FRANCE),
                            messages.getMessage(
                                    "visit.feed.description",
                                    new Object[] {
                                        messages.getMessage(mode.messageKey(), null, Locale.FRANCE),
                                        rs.getString("visitor_name")
                                    },
                                    Locale.FRANCE));
                })
                .list();
    }
}
