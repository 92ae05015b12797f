package org.trio.quality.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.platform.demo.DemoContext;
import org.trio.platform.demo.DemoKeys;
import org.trio.platform.demo.DemoPath;

/**
 * Self-assessments of the charter's grid for the first three programmes of every demo CFA, for the previous and the
 * current school year, so that the progression shows.
 */
@Component
class CharterDemoData {

    private static final String[] MILESTONES = {
        "Formaliser la procédure et la diffuser à l'équipe",
        "Présenter le dispositif au prochain comité de pilotage",
        "Mesurer l'effet au prochain bilan annuel"
    };

    void contribute(DemoContext context, LocalDate today) {
        JdbcClient jdbc = context.jdbc();
        List<Long> items = jdbc.sql("select id from quality.charter_item where charter = ? and assessable order by id")
                .param(CharterGridLoader.CHARTER)
                .query(Long.class)
                .list();
        List<DemoPath> paths = context.shared(DemoKeys.PATHS);
        SplittableRandom random = context.random("charter");
        int current = context.currentSchoolYear().startYear();
        for (long cfa : (long[]) context.shared(DemoKeys.CFAS)) {
            Set<Long> programmes = new LinkedHashSet<>();
            paths.stream().filter(path -> path.cfaId() == cfa).forEach(path -> programmes.add(path.programmeId()));
            programmes.stream().limit(3).forEach(programme -> {
                for (int year : new int[] {current - 1, current}) {
                    int achieved = year < current ? 30 : 50;
                    for (long item : items) {
                        int draw = random.nextInt(100);
                        String status =
                                draw < achieved ? "ACHIEVED" : draw < achieved + 30 ? "IN_PROGRESS" : "NOT_STARTED";
                        jdbc.sql("insert into quality.charter_assessment (cfa_id, programme_id, school_year, item_id,"
                                        + " status, next_milestone, milestone_due, owner, updated_at, updated_by)"
                                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'responsable.formation@demo.trio')")
                                .params(
                                        cfa,
                                        programme,
                                        year,
                                        item,
                                        status,
                                        status.equals("ACHIEVED")
                                                ? null
                                                : MILESTONES[random.nextInt(MILESTONES.length)],
                                        status.equals("ACHIEVED") ? null : LocalDate.of(year + 1, 6, 30),
                                        "Responsable de formation",
                                        OffsetDateTime.of(
                                                LocalDate.of(year, 10, 15).atStartOfDay(), ZoneOffset.UTC))
                                .update();
                    }
                }
            });
        }
    }
}
