package org.trio.exchange.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.contract.ApprenticeStatus;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.StatusManagement;
import org.trio.contract.StatusOnDay;
import org.trio.contract.TrainingRecords;
import org.trio.contract.TrainingRecords.ContractLine;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CfaInfo;
import org.trio.referential.EmployerInfo;
import org.trio.referential.HealthInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;

/**
 * The SIFA survey file of a CFA for the 31 December of a year: the apprentices whose status on that day is APPRENTI or
 * RUPTURANT (national dashboard rules), one line each with the 47 variables ({@link SifaRows}), and the controls of the
 * instructions run on every line ({@link SifaControls}) plus the establishment-level duplicate control (EN01).
 */
@Service
@Transactional(readOnly = true)
class SifaExport {

    /** One apprentice's line and its problems. */
    record Line(long apprenticeId, String name, List<String> values, List<SifaControls.Problem> problems) {

        public boolean blocked() {
            return problems.stream().anyMatch(SifaControls.Problem::blocking);
        }
    }

    /** The file of a CFA. */
    record File(CfaInfo cfa, LocalDate surveyDay, List<Line> lines, boolean withHealth) {

        public long apprenticesWithProblems() {
            return lines.stream().filter(line -> !line.problems().isEmpty()).count();
        }

        public long blockedLines() {
            return lines.stream().filter(Line::blocked).count();
        }

        public long problems() {
            return lines.stream().mapToLong(line -> line.problems().size()).sum();
        }
    }

    private final TrainingRecords trainings;
    private final StatusManagement statuses;
    private final ReferentialManagement referential;
    private final JdbcClient jdbc;

    SifaExport(
            TrainingRecords trainings, StatusManagement statuses, ReferentialManagement referential, JdbcClient jdbc) {
        this.trainings = trainings;
        this.statuses = statuses;
        this.referential = referential;
        this.jdbc = jdbc;
    }

    /** The survey's day of a year: 31 December. */
    static LocalDate surveyDay(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /**
     * The file of a CFA for the survey of 31 December {@code year}.
     *
     * @param siteIds when the user sees only some sites of the CFA, those sites (empty: the whole CFA)
     * @param withHealth whether HANDI is filled (restricted data: only for who may read it)
     */
    File file(CfaInfo cfa, Collection<Long> siteIds, int year, boolean withHealth) {
        LocalDate day = surveyDay(year);
        List<TrainingRecords.TrainingRecord> records =
                trainings.trainings(siteIds.isEmpty() ? List.of(cfa.id()) : List.of(), siteIds, year, null);
        records = records.stream()
                .filter(record -> record.enrolment().cfaId() == cfa.id())
                .toList();
        Map<Long, StatusOnDay> onDay = statuses.enrolmentStatusesOn(
                records.stream().map(r -> r.enrolment().id()).toList(), day);
        List<TrainingRecords.TrainingRecord> counted = records.stream()
                .filter(record -> {
                    StatusOnDay status = onDay.get(record.enrolment().id());
                    return status != null
                            && (status.status() == ApprenticeStatus.APPRENTICE
                                    || status.status() == ApprenticeStatus.TERMINATED);
                })
                .toList();
        if (counted.isEmpty()) {
            return new File(cfa, day, List.of(), withHealth);
        }
        Set<Long> apprenticeIds =
                counted.stream().map(r -> r.enrolment().apprenticeId()).collect(Collectors.toSet());
        Map<Long, ApprenticeInfo> apprentices = referential.apprentices(apprenticeIds);
        Map<Long, ProgrammeInfo> programmes = new HashMap<>(referential.programmes(
                counted.stream().map(r -> r.enrolment().programmeId()).collect(Collectors.toSet())));
        Map<Long, Optional<ContractLine>> contracts = new HashMap<>();
        counted.forEach(r -> contracts.put(r.enrolment().id(), SifaRows.contractOn(r.contracts(), day)));
        Map<Long, EmployerInfo> employers = referential.employers(contracts.values().stream()
                .flatMap(Optional::stream)
                .map(ContractLine::employerId)
                .collect(Collectors.toSet()));
        Map<Long, EnrolmentInfo> lastYear = lastYear(cfa, siteIds, year, apprenticeIds);
        programmes.putAll(referential.programmes(lastYear.values().stream()
                .map(EnrolmentInfo::programmeId)
                .filter(id -> !programmes.containsKey(id))
                .collect(Collectors.toSet())));
        Map<Long, List<String>> importedEmails =
                importedEmails(counted.stream().map(r -> r.enrolment().id()).toList());
        Map<Long, SiteInfo> sites = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (TrainingRecords.TrainingRecord record : counted) {
            EnrolmentInfo e = record.enrolment();
            ApprenticeInfo apprentice = apprentices.get(e.apprenticeId());
            ProgrammeInfo programme = programmes.get(e.programmeId());
            SiteInfo site = e.siteId() == null
                    ? null
                    : sites.computeIfAbsent(
                            e.siteId(), id -> referential.site(id).orElseThrow());
            ContractLine contract = contracts.get(e.id()).orElse(null);
            EnrolmentInfo previous = lastYear.get(e.apprenticeId());
            Boolean rqth = withHealth
                    ? referential.health(e.apprenticeId()).map(HealthInfo::rqth).orElse(false)
                    : null;
            SifaRows.Source source = new SifaRows.Source(
                    apprentice,
                    e,
                    programme,
                    cfa,
                    site,
                    referential.legalRepresentatives(e.apprenticeId()),
                    rqth,
                    contract,
                    contract == null ? null : employers.get(contract.employerId()),
                    previous != null
                            && previous.programmeId() == e.programmeId()
                            && previous.programmeYear() == e.programmeYear(),
                    previous == null ? null : previousUai(previous, cfa, sites),
                    previous == null ? null : previousSituation(previous, programmes.get(previous.programmeId())),
                    importedEmails.getOrDefault(e.id(), List.of()));
            List<String> values = SifaRows.row(source);
            lines.add(new Line(
                    e.apprenticeId(),
                    apprentice.lastName() + " " + apprentice.firstName(),
                    values,
                    SifaControls.check(values, day, programme.diplomaType())));
        }
        lines.sort(Comparator.comparing(Line::name).thenComparing(Line::apprenticeId));
        return new File(cfa, day, duplicates(lines), withHealth);
    }

    /** EN01: two lines with the same INE, or the same names and birth date. */
    private static List<Line> duplicates(List<Line> lines) {
        Map<String, Line> seen = new HashMap<>();
        List<Line> checked = new ArrayList<>();
        for (Line line : lines) {
            List<String> v = line.values();
            String ine = v.get(SifaColumn.INE_RNIE.ordinal());
            String identity = v.get(SifaColumn.NOM.ordinal()) + "|" + v.get(SifaColumn.PRENOM1.ordinal()) + "|"
                    + v.get(SifaColumn.DATE_NAIS.ordinal());
            Line first = ine.isEmpty() ? null : seen.putIfAbsent("INE:" + ine, line);
            Line same = seen.putIfAbsent(identity, line);
            Line other = first != null ? first : same;
            if (other == null) {
                checked.add(line);
                continue;
            }
            List<SifaControls.Problem> problems = new ArrayList<>(line.problems());
            problems.add(new SifaControls.Problem(
                    "EN01",
                    first != null ? SifaColumn.INE_RNIE : SifaColumn.NOM,
                    first != null ? ine : v.get(SifaColumn.NOM.ordinal()),
                    "doublon d'INE ou d'identité avec " + other.name() + " dans l'établissement",
                    false));
            checked.add(new Line(line.apprenticeId(), line.name(), line.values(), List.copyOf(problems)));
        }
        return checked;
    }

    /** Each apprentice's enrolment of the previous school year at the CFA, if any. */
    private Map<Long, EnrolmentInfo> lastYear(CfaInfo cfa, Collection<Long> siteIds, int year, Set<Long> ids) {
        Map<Long, EnrolmentInfo> previous = new HashMap<>();
        trainings.trainings(siteIds.isEmpty() ? List.of(cfa.id()) : List.of(), siteIds, year - 1, null).stream()
                .map(TrainingRecords.TrainingRecord::enrolment)
                .filter(e -> ids.contains(e.apprenticeId()) && e.cfaId() == cfa.id())
                .forEach(e -> previous.merge(e.apprenticeId(), e, (a, b) -> a.id() > b.id() ? a : b));
        return previous;
    }

    private String previousUai(EnrolmentInfo previous, CfaInfo cfa, Map<Long, SiteInfo> sites) {
        if (previous.siteId() == null) {
            return cfa.uai();
        }
        return sites.computeIfAbsent(
                        previous.siteId(), id -> referential.site(id).orElseThrow())
                .uai();
    }

    private static @Nullable String previousSituation(EnrolmentInfo previous, @Nullable ProgrammeInfo programme) {
        if (programme == null) {
            return null;
        }
        int years = Math.max(1, (programme.theoreticalDurationMonths() + 11) / 12);
        return SifaCodes.apprenticeSituation(
                programme.diplomaType(),
                programme.level(),
                previous.programmeYear(),
                previous.programmeYear() >= years);
    }

    /** The legal representatives' e-mails the last dashboard import gave for each enrolment. */
    private Map<Long, List<String>> importedEmails(List<Long> enrolmentIds) {
        Map<Long, List<String>> emails = new HashMap<>();
        for (int from = 0; from < enrolmentIds.size(); from += 10_000) {
            jdbc.sql("""
                            select enrolment_id, guardian_email_1, guardian_email_2 from exchange.tdb_record
                             where enrolment_id in (:ids)
                               and (guardian_email_1 is not null or guardian_email_2 is not null)""")
                    .param("ids", enrolmentIds.subList(from, Math.min(enrolmentIds.size(), from + 10_000)))
                    .query((rs, n) -> {
                        List<String> both = new ArrayList<>();
                        if (rs.getString(2) != null) {
                            both.add(rs.getString(2));
                        }
                        if (rs.getString(3) != null) {
                            both.add(rs.getString(3));
                        }
                        return emails.put(rs.getLong(1), both);
                    })
                    .list();
        }
        return emails;
    }
}
