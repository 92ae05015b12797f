package org.trio.warning.internal;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/** Runs the time-driven rules every night, for the day that begins (Spring Modulith's passage-of-time events). */
@Component
class WarningClockwork {

    private final DailyRules rules;

    WarningClockwork(DailyRules rules) {
        this.rules = rules;
    }

    @Async
    @EventListener
    void on(DayHasPassed event) {
        rules.run(event.getDate().plusDays(1));
    }
}
