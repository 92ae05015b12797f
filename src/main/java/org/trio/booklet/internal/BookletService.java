package org.trio.booklet.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.trio.access.CurrentUser;
import org.trio.access.Role;
import org.trio.booklet.BookletEntryPosted;
import org.trio.booklet.BookletManagement;
import org.trio.booklet.CompetencyInfo;
import org.trio.booklet.EvaluationLevel;
import org.trio.booklet.EvaluationPoint;
import org.trio.booklet.EvaluationRecorded;
import org.trio.booklet.Evaluator;
import org.trio.booklet.MissionStatus;
import org.trio.booklet.MissionValidated;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.shared.InvalidInputException;

/**
 * The livrets: opened for a contract on first use, written by the trio (period returns, notes, replies, attachments,
 * evaluations, the mission), every change telling the others and publishing its event in the same transaction.
 */
@Service
@Transactional
class BookletService implements BookletManagement {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Booklets booklets;
    private final Entries entries;
    private final Attachments attachments;
    private final Evaluations evaluations;
    private final CompetencyReferentials referentials;
    private final ContractManagement contracts;
    private final EnrolmentManagement enrolments;
    private final TrioMembers members;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    BookletService(
            Booklets booklets,
            Entries entries,
            Attachments attachments,
            Evaluations evaluations,
            CompetencyReferentials referentials,
            ContractManagement contracts,
            EnrolmentManagement enrolments,
            TrioMembers members,
            Notifications notifications,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.booklets = booklets;
        this.entries = entries;
        this.attachments = attachments;
        this.evaluations = evaluations;
        this.referentials = referentials;
        this.contracts = contracts;
        this.enrolments = enrolments;
        this.members = members;
        this.notifications = notifications;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // Opening

    /** The contract's livret, opened on first use. */
    Booklet open(long contractId) {
        return booklets.findByContractId(contractId).orElseGet(() -> {
            ContractInfo contract = contract(contractId);
            EnrolmentInfo enrolment = enrolments
                    .enrolment(contract.enrolmentId())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            return booklets.save(new Booklet(
                    contractId,
                    contract.apprenticeId(),
                    enrolment.programmeId(),
                    enrolment.cfaId(),
                    enrolment.siteId()));
        });
    }

    ContractInfo contract(long contractId) {
        return contracts.contract(contractId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    // Writing

    long postPeriodReturn(
            CurrentUser user,
            long contractId,
            LocalDate start,
            LocalDate end,
            String activities,
            String difficulties,
            Set<Long> competencies,
            List<AttachmentCheck.Accepted> files) {
        if (user.role() != Role.APPRENTICE) {
            throw InvalidInputException.of(null, "booklet.return.apprenticeOnly");
        }
        Booklet booklet = open(contractId);
        ContractInfo contract = contract(contractId);
        if (end.isBefore(start)) {
            throw InvalidInputException.of("periodEnd", "booklet.return.order");
        }
        if (end.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("periodEnd", "booklet.return.future");
        }
        if (end.isBefore(contract.startDate()) || start.isAfter(contract.lastDay())) {
            throw InvalidInputException.of("periodStart", "booklet.return.outsideContract");
        }
        boolean existing = jdbc.sql("select exists (select 1 from booklet.entry where contract_id = ?"
                        + " and kind = 'PERIOD_RETURN' and period_start <= ? and period_end >= ?)")
                .params(contractId, end, start)
                .query(Boolean.class)
                .single();
        if (existing) {
            throw InvalidInputException.of("periodStart", "booklet.return.duplicate");
        }
        checkCompetencies(booklet, competencies);
        Instant now = clock.instant();
        Author author = Author.of(user);
        Entry entry = entries.save(Entry.periodReturn(
                booklet, author, start, end, activities.strip(), blankToNull(difficulties), competencies, now));
        attach(entry, files, now);
        booklet.touch(now);
        announce(
                booklet,
                contract,
                entry,
                author,
                author.name() + " a rempli le retour de la période en entreprise du " + DAY.format(start) + " au "
                        + DAY.format(end),
                activities);
        return entry.id;
    }

    long postNote(CurrentUser user, long contractId, String body, List<AttachmentCheck.Accepted> files) {
        Booklet booklet = open(contractId);
        Instant now = clock.instant();
        Author author = Author.of(user);
        Entry entry = entries.save(Entry.note(booklet, author, body.strip(), now));
        attach(entry, files, now);
        booklet.touch(now);
        announce(booklet, contract(contractId), entry, author, author.name() + " a écrit dans le livret", body);
        return entry.id;
    }

    long reply(CurrentUser user, long entryId, String body) {
        Entry parent = entry(entryId);
        Booklet booklet = booklets.findById(parent.bookletId).orElseThrow();
        Instant now = clock.instant();
        Author author = Author.of(user);
        Entry entry = entries.save(Entry.reply(booklet, parent, author, body.strip(), now));
        booklet.touch(now);
        announce(
                booklet,
                contract(booklet.contractId),
                entry,
                author,
                author.name() + " a répondu dans le livret",
                body);
        return entry.id;
    }

    Entry entry(long entryId) {
        return entries.findById(entryId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    void shareGrid(CurrentUser user, long contractId) {
        Booklet booklet = open(contractId);
        if (referentials.competencies(booklet.programmeId).isEmpty()) {
            throw InvalidInputException.of(null, "booklet.grid.noReferential");
        }
        Instant now = clock.instant();
        booklet.shareGrid(user.displayName(), now);
        notifications.notify(
                members.of(contract(contractId)),
                Author.of(user),
                booklet.id,
                null,
                user.displayName() + " a partagé la grille d'évaluation des compétences",
                "/booklet/contracts/" + contractId + "/evaluations",
                "La grille d'évaluation des compétences de la formation est partagée dans le livret d'apprentissage."
                        + " Elle servira aux évaluations du maître d'apprentissage et du formateur.",
                now);
    }

    void submitMission(CurrentUser user, long contractId, String mission) {
        Booklet booklet = open(contractId);
        Instant now = clock.instant();
        booklet.submitMission(mission.strip(), user.displayName(), now);
        notifications.notify(
                members.of(contract(contractId)),
                Author.of(user),
                booklet.id,
                null,
                "Missions de l'apprenti à valider (" + user.displayName() + ")",
                "/booklet/contracts/" + contractId + "#mission",
                "Les missions confiées à l'apprenti ont été décrites dans le livret. Le responsable de formation les"
                        + " valide au regard du référentiel sous une semaine.\n\n" + mission,
                now);
    }

    void decideMission(CurrentUser user, long contractId, boolean validated, String comment) {
        Booklet booklet = open(contractId);
        Instant now = clock.instant();
        booklet.decideMission(validated, blankToNull(comment), user.displayName(), now);
        long days = booklet.missionDays(now);
        if (validated) {
            events.publishEvent(new MissionValidated(
                    contractId,
                    booklet.apprenticeId,
                    booklet.missionSubmittedAt,
                    now,
                    days,
                    days <= MISSION_VALIDATION_DAYS));
        }
        notifications.notify(
                members.of(contract(contractId)),
                Author.of(user),
                booklet.id,
                null,
                validated
                        ? "Missions validées par " + user.displayName()
                        : "Missions à revoir (" + user.displayName() + ")",
                "/booklet/contracts/" + contractId + "#mission",
                validated
                        ? "Les missions de l'apprenti ont été validées au regard du référentiel, en " + days
                                + " jour(s)."
                        : "Les missions de l'apprenti sont à revoir : " + comment,
                now);
    }

    /** Records the evaluations of one sitting (several competencies, one date, one evaluator). */
    int evaluate(
            CurrentUser user,
            long contractId,
            LocalDate on,
            Map<Long, EvaluationLevel> levels,
            Map<Long, String> comments) {
        Evaluator evaluator = evaluatorOf(user.role())
                .orElseThrow(() -> InvalidInputException.of(null, "booklet.evaluation.notEvaluator"));
        Booklet booklet = open(contractId);
        ContractInfo contract = contract(contractId);
        if (on.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("evaluatedOn", "booklet.evaluation.future");
        }
        if (on.isBefore(contract.startDate())) {
            throw InvalidInputException.of("evaluatedOn", "booklet.evaluation.beforeContract");
        }
        if (levels.isEmpty()) {
            throw InvalidInputException.of(null, "booklet.evaluation.empty");
        }
        checkCompetencies(booklet, levels.keySet());
        Instant now = clock.instant();
        for (Map.Entry<Long, EvaluationLevel> level : levels.entrySet()) {
            Evaluation evaluation = evaluations.save(new Evaluation(
                    booklet,
                    level.getKey(),
                    level.getValue(),
                    evaluator,
                    user.displayName(),
                    on,
                    blankToNull(comments.get(level.getKey())),
                    now));
            events.publishEvent(new EvaluationRecorded(
                    evaluation.id, contractId, booklet.apprenticeId, level.getKey(), level.getValue(), evaluator, on));
        }
        booklet.touch(now);
        notifications.notify(
                members.of(contract),
                Author.of(user),
                booklet.id,
                null,
                user.displayName() + " a évalué " + levels.size() + " compétence(s)",
                "/booklet/contracts/" + contractId + "/evaluations",
                "De nouvelles évaluations des compétences sont dans le livret d'apprentissage.",
                now);
        return levels.size();
    }

    static Optional<Evaluator> evaluatorOf(Role role) {
        return switch (role) {
            case MENTOR -> Optional.of(Evaluator.MENTOR);
            case TUTOR, PROGRAMME_LEAD -> Optional.of(Evaluator.TRAINER);
            default -> Optional.empty();
        };
    }

    private void checkCompetencies(Booklet booklet, Collection<Long> competencies) {
        if (competencies.isEmpty()) {
            return;
        }
        Set<Long> known = referentials.competencies(booklet.programmeId).stream()
                .filter(CompetencyInfo::active)
                .map(CompetencyInfo::id)
                .collect(Collectors.toSet());
        if (!known.containsAll(competencies)) {
            throw InvalidInputException.of("competencies", "booklet.competency.unknown");
        }
    }

    private void attach(Entry entry, List<AttachmentCheck.Accepted> files, Instant now) {
        for (AttachmentCheck.Accepted file : files) {
            attachments.save(new Attachment(entry.id, file, now));
        }
    }

    private void announce(
            Booklet booklet, ContractInfo contract, Entry entry, Author author, String message, String text) {
        events.publishEvent(new BookletEntryPosted(
                entry.id,
                booklet.contractId,
                booklet.apprenticeId,
                entry.kind,
                author.role().name(),
                entry.postedAt));
        notifications.notify(
                members.of(contract),
                author,
                booklet.id,
                entry.id,
                message,
                "/booklet/contracts/" + booklet.contractId + "#entree-" + entry.id,
                message + " :\n\n" + text + "\n\nOuvrez le livret d'apprentissage dans Trio pour lire et répondre.",
                entry.postedAt);
    }

    /** Records that the reader has read every entry of the livret not written by them. */
    void markRead(CurrentUser user, Booklet booklet) {
        if (user.personId() == null) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into booklet.read_receipt (entry_id, reader_role, reader_person_id, reader_name, read_at)
                        select id, :role, :person, :name, :now from booklet.entry
                        where booklet_id = :booklet
                          and not (author_role = :role and author_person_id is not distinct from :person)
                        on conflict do nothing
                        """)
                .param("role", user.role().name())
                .param("person", user.personId())
                .param("name", user.displayName())
                .param("now", now.atOffset(java.time.ZoneOffset.UTC))
                .param("booklet", booklet.id)
                .update();
        notifications.markReadForBooklet(user, booklet.id, now);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // Reads for other modules

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> lastActivity(long contractId) {
        return Optional.ofNullable(lastActivities(List.of(contractId)).get(contractId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Instant> lastActivities(Collection<Long> contractIds) {
        Map<Long, Instant> result = new HashMap<>();
        if (contractIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select contract_id, last_activity_at from booklet.booklet where contract_id in (:ids)"
                        + " and last_activity_at is not null")
                .param("ids", List.copyOf(contractIds))
                .query((rs, row) -> result.put(
                        rs.getLong(1),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant()))
                .list();
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> silentSince(Collection<Long> contractIds, Instant since) {
        Map<Long, Instant> last = lastActivities(contractIds);
        return contractIds.stream()
                .filter(id -> !last.containsKey(id) || last.get(id).isBefore(since))
                .distinct()
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvaluationPoint> evaluationTrend(long apprenticeId) {
        List<EvaluationRow> rows = jdbc.sql("select competency_id, evaluator, level, evaluated_on from"
                        + " booklet.evaluation where apprentice_id = ? order by evaluated_on, id")
                .param(apprenticeId)
                .query(EvaluationRow.class)
                .list();
        return Progression.trend(rows);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CompetencyInfo> competencies(long programmeId) {
        return referentials.competencies(programmeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MissionStatus> mission(long contractId) {
        return booklets.findByContractId(contractId).map(Booklet::missionStatus);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LocalDate> periodReturnsWritten(long contractId) {
        return jdbc.sql("select period_end from booklet.entry where contract_id = ? and kind = 'PERIOD_RETURN'"
                        + " order by period_end")
                .param(contractId)
                .query(LocalDate.class)
                .list();
    }

    /** One evaluation, as the progression reads it. */
    record EvaluationRow(long competencyId, Evaluator evaluator, EvaluationLevel level, LocalDate evaluatedOn) {}
}
