package org.trio.exchange.internal;

import static org.trio.exchange.internal.TdbColumn.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CfaInfo;
import org.trio.referential.EmployerInfo;
import org.trio.referential.HealthInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.SiteInfo;
import org.trio.shared.SchoolYear;

/**
 * Builds the national dashboard's 62-column rows from Trio's data: identity from the referential, enrolment and
 * contracts from the contract module, and the fields no module keeps (guardians' e-mails, place of training, handicap
 * referent, the file's short label and CFA type) from the last import of the row. Values are written in the canonical
 * forms the import reads ({@code AAAA-MM-JJ} dates, {@code OUI}/{@code NON}, {@code M}/{@code F}), so that a file
 * exported then imported again changes nothing.
 */
@Service
@Transactional(readOnly = true)
class TdbExportService {

    /**
     * What to export.
     *
     * @param statusDay the day the status filter is read on
     */
    record Filter(
            Collection<Long> cfaIds,
            Collection<Long> siteIds,
            int schoolYear,
            @Nullable Long programmeId,
            @Nullable ApprenticeStatus status,
            LocalDate statusDay) {}

    private final TrainingRecords trainings;
    private final StatusManagement statuses;
    private final ReferentialManagement referential;
    private final JdbcClient jdbc;

    TdbExportService(
            TrainingRecords trainings, StatusManagement statuses, ReferentialManagement referential, JdbcClient jdbc) {
        this.trainings = trainings;
        this.statuses = statuses;
        this.referential = referential;
        this.jdbc = jdbc;
    }

    /**
     * The rows, each the 62 values in the template's order.
     *
     * @param includeHealth whether the RQTH columns are filled (restricted data: only for who may read it)
     */
    List<List<String>> rows(Filter filter, boolean includeHealth) {
        List<TrainingRecords.TrainingRecord> records =
                trainings.trainings(filter.cfaIds(), filter.siteIds(), filter.schoolYear(), filter.programmeId());
        if (filter.status() != null && !records.isEmpty()) {
            Set<Long> ids =
                    records.stream().map(r -> r.enrolment().apprenticeId()).collect(Collectors.toSet());
            Map<Long, StatusOnDay> onDay = statuses.statusesOn(ids, filter.statusDay());
            records = records.stream()
                    .filter(r -> {
                        StatusOnDay status = onDay.get(r.enrolment().apprenticeId());
                        return status != null && status.status() == filter.status();
                    })
                    .toList();
        }
        if (records.isEmpty()) {
            return List.of();
        }
        Set<Long> apprenticeIds =
                records.stream().map(r -> r.enrolment().apprenticeId()).collect(Collectors.toSet());
        Map<Long, ApprenticeInfo> apprentices = referential.apprentices(apprenticeIds);
        Map<Long, ProgrammeInfo> programmes = referential.programmes(
                records.stream().map(r -> r.enrolment().programmeId()).collect(Collectors.toSet()));
        Map<Long, EmployerInfo> employers = referential.employers(records.stream()
                .flatMap(r -> r.contracts().stream())
                .map(TrainingRecords.ContractLine::employerId)
                .collect(Collectors.toSet()));
        Map<Long, CfaInfo> cfas = new HashMap<>();
        Map<Long, SiteInfo> sites = new HashMap<>();
        Map<Long, Map<String, String>> extras = extras(records);
        List<List<String>> rows = new ArrayList<>();
        for (TrainingRecords.TrainingRecord record : records) {
            EnrolmentInfo e = record.enrolment();
            ApprenticeInfo a = apprentices.get(e.apprenticeId());
            ProgrammeInfo p = programmes.get(e.programmeId());
            CfaInfo cfa =
                    cfas.computeIfAbsent(e.cfaId(), id -> referential.cfa(id).orElseThrow());
            SiteInfo site = e.siteId() == null
                    ? null
                    : sites.computeIfAbsent(
                            e.siteId(), id -> referential.site(id).orElseThrow());
            Map<String, String> extra = extras.getOrDefault(e.id(), Map.of());
            HealthInfo health = includeHealth ? referential.health(a.id()).orElse(null) : null;
            rows.add(row(a, e, p, cfa, site, record.contracts(), employers, extra, health));
        }
        return rows;
    }

    /** One row of the format from Trio's records: a pure function. */
    static List<String> row(
            ApprenticeInfo a,
            EnrolmentInfo e,
            ProgrammeInfo p,
            CfaInfo cfa,
            @Nullable SiteInfo site,
            List<TrainingRecords.ContractLine> contracts,
            Map<Long, EmployerInfo> employers,
            Map<String, String> extra,
            @Nullable HealthInfo health) {
        String[] v = new String[TdbColumn.values().length];
        java.util.Arrays.fill(v, "");
        v[LAST_NAME.ordinal()] = a.lastName();
        v[FIRST_NAME.ordinal()] = a.firstName();
        v[BIRTH_DATE.ordinal()] = a.birthDate().toString();
        v[SEX.ordinal()] = a.sex();
        v[BIRTH_POST_CODE.ordinal()] = text(a.birthPostCode());
        v[EMAIL.ordinal()] = text(a.email());
        v[ADDRESS.ordinal()] = text(a.address());
        v[POST_CODE.ordinal()] = text(a.postCode());
        v[INE.ordinal()] = text(a.ine());
        v[PHONE.ordinal()] = text(a.phone());
        if (health != null) {
            v[RQTH.ordinal()] = TdbValues.bool(health.rqth());
            v[RQTH_DATE.ordinal()] =
                    health.rqthDate() == null ? "" : health.rqthDate().toString();
        }
        v[GUARDIAN_EMAIL_1.ordinal()] = extra.getOrDefault("guardian_email_1", "");
        v[GUARDIAN_EMAIL_2.ordinal()] = extra.getOrDefault("guardian_email_2", "");
        v[PREVIOUS_UAI.ordinal()] = text(e.previousUai());
        v[PREVIOUS_SITUATION.ordinal()] = text(e.previousSituation());
        v[CFA_TYPE.ordinal()] = extra.getOrDefault("cfa_type", text(cfa.cfaType()));
        v[RESPONSIBLE_UAI.ordinal()] = cfa.uai();
        v[RESPONSIBLE_SIRET.ordinal()] = cfa.siret();
        v[TRAINER_UAI.ordinal()] = site == null ? cfa.uai() : site.uai();
        v[TRAINER_SIRET.ordinal()] = site == null || site.siret() == null ? cfa.siret() : site.siret();
        v[PLACE_UAI.ordinal()] = extra.getOrDefault("place_uai", "");
        v[PLACE_SIRET.ordinal()] = extra.getOrDefault("place_siret", "");
        v[PLACE_ADDRESS.ordinal()] = extra.getOrDefault("place_address", "");
        v[PLACE_POST_CODE.ordinal()] = extra.getOrDefault("place_post_code", "");
        v[SCHOOL_YEAR.ordinal()] = new SchoolYear(e.schoolYear()).label();
        v[PROGRAMME_YEAR.ordinal()] = Integer.toString(e.programmeYear());
        v[RNCP.ordinal()] = text(p.rncp());
        v[CFD.ordinal()] = text(p.cfd());
        v[REGISTRATION_DATE.ordinal()] = e.registrationDate().toString();
        v[TRAINING_START.ordinal()] = e.trainingStart().toString();
        v[TRAINING_END.ordinal()] = e.trainingEnd().toString();
        v[DURATION_MONTHS.ordinal()] = Integer.toString(e.theoreticalDurationMonths());
        v[SHORT_LABEL.ordinal()] = extra.getOrDefault("short_label", text(p.shortLabel()));
        v[DIPLOMA_OBTAINED.ordinal()] = e.diplomaObtained() == null ? "" : TdbValues.bool(e.diplomaObtained());
        v[DIPLOMA_DATE.ordinal()] =
                e.diplomaDate() == null ? "" : e.diplomaDate().toString();
        v[EXCLUSION_DATE.ordinal()] =
                e.exclusionDate() == null ? "" : e.exclusionDate().toString();
        v[EXCLUSION_CAUSE.ordinal()] = text(e.exclusionCause());
        v[ON_SITE.ordinal()] = TdbValues.bool(!e.distanceLearning());
        v[REFERENT_LAST_NAME.ordinal()] = extra.getOrDefault("referent_last_name", "");
        v[REFERENT_FIRST_NAME.ordinal()] = extra.getOrDefault("referent_first_name", "");
        v[REFERENT_EMAIL.ordinal()] = extra.getOrDefault("referent_email", "");
        for (int n = 1; n <= Math.min(TdbColumn.CONTRACTS, contracts.size()); n++) {
            TrainingRecords.ContractLine contract = contracts.get(n - 1);
            List<TdbColumn> c = TdbColumn.contract(n);
            EmployerInfo employer = employers.get(contract.employerId());
            v[c.get(0).ordinal()] = contract.startDate().toString();
            v[c.get(1).ordinal()] = contract.endDate().toString();
            v[c.get(2).ordinal()] = employer == null ? "" : employer.siret();
            v[c.get(3).ordinal()] =
                    contract.ruptureDate() == null ? "" : contract.ruptureDate().toString();
            v[c.get(4).ordinal()] = contract.ruptureDate() == null ? "" : text(contract.cause());
        }
        return List.of(v);
    }

    /** The fields of the last import of each enrolment that no module keeps. */
    private Map<Long, Map<String, String>> extras(List<TrainingRecords.TrainingRecord> records) {
        Map<Long, Map<String, String>> extras = new HashMap<>();
        List<Long> ids = records.stream().map(r -> r.enrolment().id()).toList();
        for (int from = 0; from < ids.size(); from += 10_000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 10_000));
            jdbc.sql("""
                            select enrolment_id, guardian_email_1, guardian_email_2, place_uai, place_siret,
                                   place_address, place_post_code, short_label, cfa_type, referent_last_name,
                                   referent_first_name, referent_email
                              from exchange.tdb_record where enrolment_id in (:ids)""")
                    .param("ids", chunk)
                    .query((rs, n) -> {
                        Map<String, String> values = new HashMap<>();
                        for (int i = 2; i <= 12; i++) {
                            String value = rs.getString(i);
                            if (value != null) {
                                values.put(rs.getMetaData().getColumnLabel(i), value);
                            }
                        }
                        return extras.put(rs.getLong(1), values);
                    })
                    .list();
        }
        return extras;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
