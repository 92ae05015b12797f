package org.trio.quality.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.trio.access.AuditTrail;

/** The charter's grid and the self-assessments of each programme, year after year. */
@Service
class CharterService {

    record Item(
            long id,
            String code,
            int area,
            String areaTitle,
            String perimeters,
            @Nullable Integer perimeter,
            @Nullable String perimeterTitle,
            String kind,
            String heading,
            int level,
            @Nullable String parentCode,
            int position,
            String text,
            boolean assessable) {}

    record Assessment(
            long id,
            long itemId,
            String status,
            @Nullable String nextMilestone,
            @Nullable LocalDate milestoneDue,
            @Nullable String owner,
            @Nullable String comment,
            long evidence) {}

    record EvidenceFile(long id, long assessmentId, String fileName, long sizeBytes) {}

    /** Counts of the assessable items by status for one school year. */
    record YearProgress(int schoolYear, long achieved, long inProgress, long notStarted) {

        public long total() {
            return achieved + inProgress + notStarted;
        }

        public double achievedShare() {
            return total() == 0 ? 0 : Math.round(1000.0 * achieved / total()) / 10.0;
        }

        public String label() {
            return schoolYear + "-" + (schoolYear + 1);
        }
    }

    /** The self-assessment form of one item; a file may come with it. */
    record AssessmentForm(
            @NotNull CharterAssessment.Status status,
            @Size(max = 500) @Nullable String nextMilestone,

            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate milestoneDue,

            @Size(max = 200) @Nullable String owner,
            @Size(max = 2000) @Nullable String comment) {}

    private final JdbcClient jdbc;
    private final CharterAssessments assessments;
    private final EvidenceFiles files;
    private final Clock clock;
    private final AuditTrail audit;

    CharterService(
            JdbcClient jdbc, CharterAssessments assessments, EvidenceFiles files, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.files = files;
        this.clock = clock;
        this.audit = audit;
    }

    List<Item> items() {
        return jdbc.sql("select id, code, area, area_title, perimeters, perimeter, perimeter_title, kind, heading,"
                        + " level, parent_code, position, text, assessable from quality.charter_item"
                        + " where charter = ? order by area, position")
                .param(CharterGridLoader.CHARTER)
                .query(Item.class)
                .list();
    }

    Optional<Item> item(long id) {
        return items().stream().filter(item -> item.id() == id).findFirst();
    }

    Map<Long, Assessment> assessments(long cfaId, long programmeId, int schoolYear) {
        Map<Long, Assessment> byItem = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.id, a.item_id, a.status, a.next_milestone, a.milestone_due, a.owner, a.comment,
                               (select count(*) from quality.charter_evidence e where e.assessment_id = a.id) as evidence
                        from quality.charter_assessment a
                        where a.cfa_id = ? and a.programme_id = ? and a.school_year = ?
                        """)
                .params(cfaId, programmeId, schoolYear)
                .query(Assessment.class)
                .list()
                .forEach(assessment -> byItem.put(assessment.itemId(), assessment));
        return byItem;
    }

    List<EvidenceFile> evidence(long assessmentId) {
        return jdbc.sql("select e.id, e.assessment_id, f.file_name, f.size_bytes from quality.charter_evidence e"
                        + " join quality.stored_file f on f.id = e.file_id where e.assessment_id = ? order by e.id")
                .param(assessmentId)
                .query(EvidenceFile.class)
                .list();
    }

    /** The evidence file with the assessment it belongs to, to check access before sending it. */
    Optional<Map.Entry<CharterAssessment, EvidenceFiles.StoredFile>> evidenceFile(long evidenceId) {
        return jdbc.sql("select assessment_id, file_id from quality.charter_evidence where id = ?")
                .param(evidenceId)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .optional()
                .flatMap(ids -> assessments
                        .findById(ids.getKey())
                        .flatMap(assessment -> files.find(ids.getValue()).map(file -> Map.entry(assessment, file))));
    }

    /** Records the assessment of one item (and its evidence file, if any) in one transaction. */
    @Transactional
    void assess(
            long cfaId,
            long programmeId,
            int schoolYear,
            long itemId,
            AssessmentForm form,
            @Nullable MultipartFile file,
            String user) {
        CharterAssessment assessment = assessments
                .findByCfaIdAndProgrammeIdAndSchoolYearAndItemId(cfaId, programmeId, (short) schoolYear, itemId)
                .orElseGet(() -> new CharterAssessment(cfaId, programmeId, schoolYear, itemId));
        assessment.assess(
                form.status(),
                ImprovementActionService.blankToNull(form.nextMilestone()),
                form.milestoneDue(),
                ImprovementActionService.blankToNull(form.owner()),
                ImprovementActionService.blankToNull(form.comment()),
                OffsetDateTime.now(clock),
                user);
        long id = assessments.saveAndFlush(assessment).id;
        if (file != null && !file.isEmpty()) {
            long fileId = files.store("file", file, user);
            jdbc.sql("insert into quality.charter_evidence (assessment_id, file_id) values (?, ?)")
                    .params(id, fileId)
                    .update();
            audit.recordRowChange(
                    "quality.charter_evidence",
                    id + " " + fileId,
                    null,
                    Map.of(),
                    Map.of("assessment_id", id, "file_id", fileId));
        }
    }

    /** Progress of the programme's self-assessment for each school year it was assessed (and the given one). */
    List<YearProgress> progression(long cfaId, long programmeId, int currentYear, Collection<Item> items) {
        long assessable = items.stream().filter(Item::assessable).count();
        Map<Integer, long[]> counts = new TreeMap<>();
        counts.put(currentYear, new long[2]);
        jdbc.sql("""
                        select a.school_year, count(*) filter (where a.status = 'ACHIEVED') as achieved,
                               count(*) filter (where a.status = 'IN_PROGRESS') as in_progress
                        from quality.charter_assessment a join quality.charter_item i on i.id = a.item_id
                        where a.cfa_id = ? and a.programme_id = ? and i.assessable group by a.school_year
                        """)
                .params(cfaId, programmeId)
                .query((rs, row) -> {
                    counts.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
                    return row;
                })
                .list();
        List<YearProgress> progress = new ArrayList<>();
        counts.forEach((year, values) ->
                progress.add(new YearProgress(year, values[0], values[1], assessable - values[0] - values[1])));
        return progress;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
