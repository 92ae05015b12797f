package org.trio.calendar;

import java.util.Collection;
import java.util.List;

/**
 * Adds a module's dated events (company visits, …) to the private iCalendar feeds. The feed of a person asks every
 * contributor for the events of the contracts that person follows.
 */
public interface CalendarFeedContributor {

    List<FeedEvent> feedEvents(Collection<Long> contractIds);
}
