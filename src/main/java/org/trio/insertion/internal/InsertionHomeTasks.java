package org.trio.insertion.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.home.HomeTask;
import org.trio.home.HomeTaskProvider;
import org.trio.shared.SchoolYear;

/** The CJE's to-do: situations of former apprentices whose horizon is reached and that are not recorded yet. */
@Component
class InsertionHomeTasks implements HomeTaskProvider {

    private final Leavers leavers;
    private final InsertionService insertion;

    InsertionHomeTasks(Leavers leavers, InsertionService insertion) {
        this.leavers = leavers;
        this.insertion = insertion;
    }

    @Override
    public List<HomeTask> tasksFor(CurrentUser user) {
        if (user.role() != Role.PLACEMENT_ADVISOR || user.cfaId() == null) {
            return List.of();
        }
        LocalDate today = insertion.today();
        SchoolYear year = SchoolYear.of(today).previous();
        long due = 0;
        for (SchoolYear each : List.of(year, year.previous())) {
            List<Leavers.Leaver> cohort = leavers.of(user.cfaId(), null, each.startYear());
            Set<String> recorded = new HashSet<>();
            insertion
                    .situationsOf(
                            cohort.stream().map(Leavers.Leaver::enrolmentId).toList())
                    .forEach(s -> recorded.add(s.enrolmentId + ":" + s.horizonMonths));
            for (Leavers.Leaver leaver : cohort) {
                for (int horizon : InsertionService.HORIZONS) {
                    if (!leaver.exitDate().plusMonths(horizon).isAfter(today)
                            && !recorded.contains(leaver.enrolmentId() + ":" + horizon)) {
                        due++;
                    }
                }
            }
        }
        if (due == 0) {
            return List.of();
        }
        return List.of(new HomeTask(
                "home.category.insertion",
                due + " situation(s) d'anciens apprentis à relever",
                "Devenir 6, 12, 18 et 24 mois après la formation",
                "/insertion/leavers?cfa=" + user.cfaId() + "&year=" + year.label(),
                null,
                false));
    }
}
