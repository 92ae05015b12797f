package org.trio.attendance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.trio.attendance.AbsenceJustificationDecided;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/**
 * Justifications of absences: sent with a file by the apprentice (a photo or a PDF from their phone) or recorded by the
 * secretariat, then accepted or refused by the secretariat. Nothing is saved when the form or the file is not right.
 */
@Service
@Transactional
class JustificationService {

    /** A file sent with a justification. */
    record Upload(String fileName, byte[] content) {}

    /** How far ahead a justification may go (a summons already known), and how many days it may cover. */
    static final int MAX_DAYS_AHEAD = 90;

    static final int MAX_SPAN_DAYS = 92;

    private final Justifications justifications;
    private final JustificationFiles files;
    private final ReferentialManagement referential;
    private final ThresholdService thresholds;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFileBytes;

    JustificationService(
            Justifications justifications,
            JustificationFiles files,
            ReferentialManagement referential,
            ThresholdService thresholds,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${trio.attendance.justification-max-bytes:5242880}") int maxFileBytes) {
        this.justifications = justifications;
        this.files = files;
        this.referential = referential;
        this.thresholds = thresholds;
        this.events = events;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
    }

    int maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * Records a justification (and its file); accepted at once when {@code acceptNow} (secretariat only, checked by the
     * caller).
     */
    long submit(long apprenticeId, JustificationForm form, @Nullable Upload upload, boolean fileRequired, String by) {
        ApprenticeInfo apprentice = referential
                .apprentice(apprenticeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Apprenti inconnu"));
        List<Problem> problems = new ArrayList<>(checkDays(form));
        String contentType = null;
        if (upload == null || upload.content().length == 0) {
            if (fileRequired) {
                problems.add(Problem.of("file", "attendance.justification.file.required"));
            }
        } else if (upload.content().length > maxFileBytes) {
            problems.add(Problem.of(
                    "file",
                    "attendance.justification.file.too-large",
                    megabytes(upload.content().length),
                    megabytes(maxFileBytes)));
        } else {
            Optional<String> type = FileChecks.contentType(upload.content());
            if (type.isEmpty()) {
                problems.add(Problem.of("file", "attendance.justification.file.type", upload.fileName()));
            } else {
                contentType = type.get();
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Justification justification = justifications.save(new Justification(
                apprenticeId,
                apprentice.cfaId(),
                apprentice.siteId(),
                form.firstDay(),
                form.lastDay(),
                form.reason(),
                form.comment(),
                now,
                by));
        if (contentType != null) {
            files.save(new JustificationFile(
                    justification.id, fileName(upload.fileName(), contentType), contentType, upload.content()));
        }
        if (form.acceptNow()) {
            decide(justification.id, true, null, by);
        }
        return justification.id;
    }

    /** The secretariat's decision; a refusal may make absences unjustified, so thresholds are checked again. */
    void decide(long justificationId, boolean accepted, @Nullable String comment, String by) {
        Justification justification = find(justificationId);
        justification.decide(accepted, comment, OffsetDateTime.now(clock), by);
        // the thresholds are measured in SQL, which must see the decision
        justifications.flush();
        events.publishEvent(new AbsenceJustificationDecided(
                justification.id, justification.apprenticeId, justification.firstDay, justification.lastDay, accepted));
        if (!accepted) {
            for (YearMonth month = YearMonth.from(justification.firstDay);
                    !month.isAfter(YearMonth.from(justification.lastDay));
                    month = month.plusMonths(1)) {
                thresholds.check(Set.of(justification.apprenticeId), month);
            }
        }
    }

    @Transactional(readOnly = true)
    Justification find(long justificationId) {
        return justifications
                .findById(justificationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Justificatif inconnu"));
    }

    @Transactional(readOnly = true)
    Optional<JustificationFile> file(long justificationId) {
        return files.findById(justificationId);
    }

    private List<Problem> checkDays(JustificationForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form.firstDay() == null) {
            problems.add(Problem.of("firstDay", "attendance.justification.first-day.required"));
        }
        if (form.lastDay() == null) {
            problems.add(Problem.of("lastDay", "attendance.justification.last-day.required"));
        }
        if (form.reason() == null) {
            problems.add(Problem.of("reason", "attendance.justification.reason.required"));
        }
        if (form.comment() != null && form.comment().strip().length() > 500) {
            problems.add(Problem.of("comment", "attendance.justification.comment.too-long"));
        }
        if (form.firstDay() == null || form.lastDay() == null) {
            return problems;
        }
        LocalDate today = LocalDate.now(clock);
        if (form.lastDay().isBefore(form.firstDay())) {
            problems.add(Problem.of("lastDay", "attendance.justification.days.order"));
        } else if (ChronoUnit.DAYS.between(form.firstDay(), form.lastDay()) + 1 > MAX_SPAN_DAYS) {
            problems.add(Problem.of("lastDay", "attendance.justification.days.span", MAX_SPAN_DAYS));
        }
        if (form.lastDay().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            problems.add(Problem.of("lastDay", "attendance.justification.days.too-far", MAX_DAYS_AHEAD));
        }
        return problems;
    }

    private static String fileName(String original, String contentType) {
        String base = original == null
                ? ""
                : original.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (base.isEmpty()) {
            base = "justificatif." + FileChecks.extension(contentType);
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.FRANCE, "%.1f", bytes / 1_048_576.0);
    }
}
