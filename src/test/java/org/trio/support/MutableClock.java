package org.trio.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test sets to the day it wants, then puts back: until {@link #setTo} it is the system clock of Trio's time
 * zone, so that an application context started with it (and the demo data it may generate) behaves as usual.
 *
 * <p>Import {@link Configuration} in an integration test class to make it the {@code Clock} every bean reads. The class
 * then gets an application context of its own (the suite's shared context keeps the system clock).
 */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Clock> current;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
        this.current = new AtomicReference<>(Clock.system(zone));
    }

    /** Stops the clock at this moment of the day, in Trio's time zone. */
    public void setTo(LocalDate day, LocalTime time) {
        current.set(Clock.fixed(day.atTime(time).atZone(zone).toInstant(), zone));
    }

    /** Stops the clock on this day, mid-morning. */
    public void setTo(LocalDate day) {
        setTo(day, LocalTime.of(10, 0));
    }

    /** Back to the system clock. */
    public void reset() {
        current.set(Clock.system(zone));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return current.get().withZone(other);
    }

    @Override
    public Instant instant() {
        return current.get().instant();
    }

    /** The mutable clock as the application's {@code Clock} (preferred to the platform's system clock). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(ZoneId.of("Europe/Paris"));
        }
    }
}
