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
import org.trio.referential.ReferentialManagement;

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

    private final ReferentialManagement referential;
    private final EvidenceFiles files;

    CharterDemoData(ReferentialManagement referential, EvidenceFiles files) {
        this.referential = referential;
        this.files = files;
    }

    void contribute(DemoContext context, LocalDate today) {
        JdbcClient jdbc = context.jdbc();
        List<Long> items = jdbc.sql("select id from quality.charter_item where charter = ? and assessable order by id")
                .param(CharterGridLoader.CHARTER)
                .query(Long.class)
                .list();
        List<DemoPath> paths = context.shared(DemoKeys.PATHS);
        SplittableRandom random = context.random("charter");
        int current = context.currentSchoolYear().startYear();
        java.util.Map<String, Long> staff = context.shared(DemoKeys.STAFF);
        for (long cfa : (long[]) context.shared(DemoKeys.CFAS)) {
            Set<Long> programmes = new LinkedHashSet<>();
            Long lead = staff.get("PROGRAMME_LEAD:" + cfa);
            List<Long> led = lead == null ? List.of() : referential.programmesLedBy(lead);
            paths.stream()
                    .filter(path -> path.cfaId() == cfa && current - path.firstSchoolYear() < path.cohortIds().length)
                    .map(DemoPath::programmeId)
                    .sorted(java.util.Comparator.comparing(id -> led.contains(id) ? 0 : 1))
                    .forEach(programmes::add);
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
                long first = jdbc.sql("select min(id) from quality.charter_assessment where cfa_id = ? and"
                                + " programme_id = ? and school_year = ?")
                        .params(cfa, programme, current)
                        .query(Long.class)
                        .single();
                long file = files.store(
                        "file",
                        "compte-rendu-comite-de-pilotage.txt",
                        ("Comité de pilotage annuel : composition, rôle, compétences attendues et rythme"
                                        + " d'alternance revus avec les représentants de la branche.")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "responsable.formation@demo.trio");
                jdbc.sql("insert into quality.charter_evidence (assessment_id, file_id) values (?, ?)")
                        .params(first, file)
                        .update();
            });
        }
    }
}
