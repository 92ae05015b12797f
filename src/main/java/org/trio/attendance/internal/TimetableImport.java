package org.trio.attendance.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.attendance.NewSession;
import org.trio.attendance.SessionMode;
import org.trio.platform.spreadsheet.SheetChoice;
import org.trio.platform.spreadsheet.SheetRow;
import org.trio.platform.spreadsheet.SpreadsheetException;
import org.trio.platform.spreadsheet.SpreadsheetReader;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffFunction;
import org.trio.referential.StaffInfo;
import org.trio.shared.Problem;

/**
 * Imports sessions into a cohort's timetable from a spreadsheet (XLSX or CSV, columns Date, Début, Fin, Matière,
 * Formateur, Salle, Modalité) or an iCalendar file (.ics: one event, or one recurring event, per session). The file is
 * read whole and checked first: if any line is wrong nothing is saved, and every error names its line or event.
 * Sessions already in the timetable (same day and times, or same iCalendar event) are skipped, so a file can be
 * imported again after changes.
 */
@Service
class TimetableImport {

    static final int MAX_ERRORS = 50;
    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})\\s*[:hH]\\s*(\\d{2})?(?::\\d{2})?$");

    /** What an import did, or why nothing was saved. */
    record Result(int created, int skipped, List<String> errors, List<Problem> warnings) {

        boolean failed() {
            return !errors.isEmpty();
        }
    }

    /** A session read from a file, with where it was read. */
    record Candidate(
            String where, NewSession session, @Nullable String externalRef) {}

    private final SpreadsheetReader reader;
    private final TimetableService timetables;
    private final TimetableSessions sessions;
    private final ReferentialManagement referential;
    private final IcsSessions ics;
    private final Texts texts;

    TimetableImport(
            SpreadsheetReader reader,
            TimetableService timetables,
            TimetableSessions sessions,
            ReferentialManagement referential,
            IcsSessions ics,
            Texts texts) {
        this.reader = reader;
        this.timetables = timetables;
        this.sessions = sessions;
        this.referential = referential;
        this.ics = ics;
        this.texts = texts;
    }

    @Transactional
    Result importFile(long cohortId, byte[] content, @Nullable String fileName, @Nullable Long defaultTrainer) {
        TimetableService.CohortContext context = timetables.context(cohortId);
        Map<String, Long> trainers = trainerKeys(context.site().cfaId());
        List<String> errors = new ArrayList<>();
        List<Candidate> candidates;
        if (IcsSessions.looksLikeIcs(content)) {
            ZoneId zone = ZoneId.of("Europe/Paris");
            candidates = ics.read(content, context.cohort().schoolYear(), zone, trainers, defaultTrainer, errors);
        } else {
            candidates = readSheet(content, fileName, trainers, defaultTrainer, errors);
        }
        if (candidates.isEmpty() && errors.isEmpty()) {
            errors.add(texts.get("attendance.import.empty"));
        }
        List<Candidate> fresh = new ArrayList<>();
        int skipped = 0;
        Map<LocalDate, List<Candidate>> byDay = new HashMap<>();
        for (Candidate candidate : candidates) {
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
            if (alreadyPlanned(cohortId, candidate)) {
                skipped++;
                continue;
            }
            List<Problem> problems = timetables.problems(context, candidate.session(), null);
            for (Candidate other : byDay.getOrDefault(candidate.session().day(), List.of())) {
                if (TimetableRules.overlaps(
                        candidate.session().start(),
                        candidate.session().end(),
                        other.session().start(),
                        other.session().end())) {
                    problems.add(Problem.of("start", "attendance.import.overlap-in-file", other.where()));
                }
            }
            problems.forEach(problem -> errors.add(candidate.where() + " : " + texts.of(problem)));
            if (problems.isEmpty()) {
                fresh.add(candidate);
                byDay.computeIfAbsent(candidate.session().day(), day -> new ArrayList<>())
                        .add(candidate);
            }
        }
        if (!errors.isEmpty()) {
            return new Result(0, 0, errors.stream().limit(MAX_ERRORS).toList(), List.of());
        }
        List<Problem> warnings = new ArrayList<>();
        SessionSource source = IcsSessions.looksLikeIcs(content) ? SessionSource.ICS : SessionSource.CSV;
        for (Candidate candidate : fresh) {
            warnings.addAll(timetables
                    .plan(cohortId, candidate.session(), source, candidate.externalRef())
                    .warnings());
        }
        return new Result(
                fresh.size(), skipped, List.of(), warnings.stream().distinct().toList());
    }

    private boolean alreadyPlanned(long cohortId, Candidate candidate) {
        if (candidate.externalRef() != null
                && sessions.findByCohortIdAndExternalRef(cohortId, candidate.externalRef())
                        .isPresent()) {
            return true;
        }
        NewSession session = candidate.session();
        return sessions
                .findByCohortIdAndDayBetweenOrderByDayAscStartAsc(cohortId, session.day(), session.day())
                .stream()
                .anyMatch(other -> other.start.equals(session.start()) && other.end.equals(session.end()));
    }

    private List<Candidate> readSheet(
            byte[] content,
            @Nullable String fileName,
            Map<String, Long> trainers,
            @Nullable Long defaultTrainer,
            List<String> errors) {
        List<SheetRow> rows;
        try {
            rows = reader.readAll(content, fileName, SheetChoice.first());
        } catch (SpreadsheetException e) {
            errors.add(e.getMessage());
            return List.of();
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = columns(rows.get(0));
        for (String required : List.of("date", "debut", "fin", "matiere")) {
            if (!columns.containsKey(required)) {
                errors.add(texts.get("attendance.import.missing-column", required(required)));
            }
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (SheetRow row : rows.subList(1, rows.size())) {
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
            String where = texts.get("attendance.import.line", row.number());
            try {
                LocalDate day = row.date(columns.get("date"))
                        .orElseThrow(
                                () -> row.error(columns.get("date"), texts.get("attendance.import.date.required")));
                LocalTime start = time(row, columns.get("debut"));
                LocalTime end = time(row, columns.get("fin"));
                String subject = row.value(columns.get("matiere"));
                Long trainer = defaultTrainer;
                String trainerText = columns.containsKey("formateur") ? row.value(columns.get("formateur")) : "";
                if (!trainerText.isEmpty()) {
                    trainer = trainers.get(key(trainerText));
                    if (trainer == null) {
                        throw row.error(
                                columns.get("formateur"), texts.get("attendance.import.trainer.unknown", trainerText));
                    }
                }
                String room = columns.containsKey("salle") ? row.value(columns.get("salle")) : "";
                SessionMode mode = mode(columns.containsKey("modalite") ? row.value(columns.get("modalite")) : "")
                        .orElseThrow(() -> row.error(
                                columns.get("modalite"),
                                texts.get("attendance.import.mode.unknown", row.value(columns.get("modalite")))));
                candidates.add(new Candidate(
                        where,
                        new NewSession(day, start, end, subject, trainer, room.isEmpty() ? null : room, mode),
                        null));
            } catch (SpreadsheetException e) {
                errors.add(e.getMessage());
            }
        }
        return candidates;
    }

    private LocalTime time(SheetRow row, int column) {
        String text = row.value(column);
        Matcher matcher = TIME.matcher(text);
        if (text.isEmpty() || !matcher.matches()) {
            throw row.error(column, texts.get("attendance.import.time.invalid", text));
        }
        try {
            int hours = Integer.parseInt(matcher.group(1));
            int minutes = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
            return LocalTime.of(hours, minutes);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw row.error(column, texts.get("attendance.import.time.invalid", text));
        }
    }

    static Optional<SessionMode> mode(String text) {
        String value = key(text);
        if (value.isEmpty() || value.startsWith("present") || value.equals("sur site")) {
            return Optional.of(SessionMode.IN_PERSON);
        }
        if (value.startsWith("distanc") || value.contains("distance") || value.equals("visio") || value.equals("fad")) {
            return Optional.of(SessionMode.DISTANCE);
        }
        return Optional.empty();
    }

    private static Map<String, Integer> columns(SheetRow header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.values().size(); i++) {
            String name = key(header.value(i));
            switch (name) {
                case "date", "jour" -> columns.putIfAbsent("date", i);
                case "debut", "heure de debut", "de" -> columns.putIfAbsent("debut", i);
                case "fin", "heure de fin", "a" -> columns.putIfAbsent("fin", i);
                case "matiere", "module", "intitule", "cours" -> columns.putIfAbsent("matiere", i);
                case "formateur", "intervenant", "enseignant" -> columns.putIfAbsent("formateur", i);
                case "salle", "lieu" -> columns.putIfAbsent("salle", i);
                case "modalite", "mode" -> columns.putIfAbsent("modalite", i);
                default -> {}
            }
        }
        return columns;
    }

    private String required(String column) {
        return switch (column) {
            case "date" -> "Date";
            case "debut" -> "Début";
            case "fin" -> "Fin";
            default -> "Matière";
        };
    }

    /** Trainers and programme leads of the CFA, found by e-mail or by "Prénom Nom" / "Nom Prénom". */
    private Map<String, Long> trainerKeys(long cfaId) {
        Map<String, Long> keys = new HashMap<>();
        List<StaffInfo> staff = new ArrayList<>(referential.staffOfCfa(cfaId, StaffFunction.TRAINER));
        staff.addAll(referential.staffOfCfa(cfaId, StaffFunction.PROGRAMME_LEAD));
        for (StaffInfo member : staff) {
            if (member.email() != null) {
                keys.put(key(member.email()), member.id());
            }
            keys.put(key(member.firstName() + " " + member.lastName()), member.id());
            keys.put(key(member.lastName() + " " + member.firstName()), member.id());
        }
        return keys;
    }

    /** Lower case, without accents or repeated spaces: how names, headers and modes are compared. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
