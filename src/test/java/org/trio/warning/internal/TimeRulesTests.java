package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trio.contract.ApprenticeStatus;
import org.trio.contract.StatusOnDay;

class TimeRulesTests {

    private static final LocalDate TRAINING_START = LocalDate.of(2025, 9, 1);

    @Test
    void boundsTheWeekFromMondayToSunday() {
        var week = TimeRules.weekOf(LocalDate.of(2025, 11, 13));
        assertThat(week.start()).isEqualTo(LocalDate.of(2025, 11, 10));
        assertThat(week.end()).isEqualTo(LocalDate.of(2025, 11, 16));
    }

    @Test
    void findsACallOverdueOnlyAfterTheGraceDays() {
        LocalDate due = LocalDate.of(2025, 10, 1);
        assertThat(TimeRules.callOverdue(due, LocalDate.of(2025, 10, 8), 7)).isFalse();
        assertThat(TimeRules.callOverdue(due, LocalDate.of(2025, 10, 9), 7)).isTrue();
        assertThat(TimeRules.late(due, due)).isFalse();
        assertThat(TimeRules.late(due, due.plusDays(1))).isTrue();
    }

    @Test
    void signalsAYoungPersonWithoutAnyContractAfterTwoMonths() {
        Optional<TimeRules.NoContractRun> run =
                TimeRules.runWithoutContract(TRAINING_START, List.of(), LocalDate.of(2025, 10, 31));
        assertThat(run).contains(new TimeRules.NoContractRun(TRAINING_START, false));
        assertThat(TimeRules.noContractSignalDue(run.get(), LocalDate.of(2025, 10, 31), 2, 3))
                .isFalse();
        assertThat(TimeRules.noContractSignalDue(run.get(), LocalDate.of(2025, 11, 1), 2, 3))
                .isTrue();
    }

    @Test
    void waitsThreeMonthsAfterARupture() {
        var broken = new TimeRules.ContractSpan(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 14));
        Optional<TimeRules.NoContractRun> run =
                TimeRules.runWithoutContract(TRAINING_START, List.of(broken), LocalDate.of(2026, 3, 1));
        assertThat(run).contains(new TimeRules.NoContractRun(LocalDate.of(2025, 12, 15), true));
        assertThat(TimeRules.noContractSignalDue(run.get(), LocalDate.of(2026, 3, 14), 2, 3))
                .isFalse();
        assertThat(TimeRules.noContractSignalDue(run.get(), LocalDate.of(2026, 3, 15), 2, 3))
                .isTrue();
    }

    @Test
    void findsNoRunWhileAContractCoversTheDayOrBeforeTheTraining() {
        var contract = new TimeRules.ContractSpan(LocalDate.of(2025, 8, 25), LocalDate.of(2027, 6, 30));
        assertThat(TimeRules.runWithoutContract(TRAINING_START, List.of(contract), LocalDate.of(2026, 1, 5)))
                .isEmpty();
        assertThat(TimeRules.runWithoutContract(TRAINING_START, List.of(), LocalDate.of(2025, 8, 31)))
                .isEmpty();
    }

    @Test
    void ignoresAContractThatEndedBeforeTheTraining() {
        var old = new TimeRules.ContractSpan(LocalDate.of(2023, 9, 1), LocalDate.of(2025, 6, 30));
        assertThat(TimeRules.runWithoutContract(TRAINING_START, List.of(old), LocalDate.of(2025, 10, 1)))
                .contains(new TimeRules.NoContractRun(TRAINING_START, false));
    }

    @Test
    void readsTheRunWithoutContractFromTheNationalDailyStatus() {
        LocalDate day = LocalDate.of(2026, 1, 10);
        LocalDate since = LocalDate.of(2025, 11, 3);
        assertThat(TimeRules.runOf(new StatusOnDay(1, 2, ApprenticeStatus.WITHOUT_CONTRACT, day, since)))
                .contains(new TimeRules.NoContractRun(since, false));
        assertThat(TimeRules.runOf(new StatusOnDay(1, 2, ApprenticeStatus.TERMINATED, day, since)))
                .contains(new TimeRules.NoContractRun(since, true));
        assertThat(TimeRules.runOf(new StatusOnDay(1, 2, ApprenticeStatus.APPRENTICE, day, since)))
                .isEmpty();
        assertThat(TimeRules.runOf(new StatusOnDay(1, 2, ApprenticeStatus.DROPOUT, day, since)))
                .isEmpty();
    }

    @Test
    void callsALivretSilentAfterTheWeeksWithoutEntry() {
        LocalDate contractStart = LocalDate.of(2025, 9, 1);
        LocalDate lastEntry = LocalDate.of(2025, 10, 6);
        assertThat(TimeRules.silentBookletSince(lastEntry, contractStart, LocalDate.of(2025, 11, 2), 4))
                .isEmpty();
        assertThat(TimeRules.silentBookletSince(lastEntry, contractStart, LocalDate.of(2025, 11, 3), 4))
                .contains(lastEntry);
    }

    @Test
    void countsASilentLivretFromTheContractStartWhenNothingWasEverWritten() {
        LocalDate contractStart = LocalDate.of(2025, 9, 1);
        assertThat(TimeRules.silentBookletSince(null, contractStart, LocalDate.of(2025, 9, 29), 4))
                .contains(contractStart);
        assertThat(TimeRules.silentBookletSince(LocalDate.of(2025, 6, 1), contractStart, LocalDate.of(2025, 9, 28), 4))
                .isEmpty();
    }
}
