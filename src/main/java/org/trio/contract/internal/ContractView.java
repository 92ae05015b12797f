package org.trio.contract.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.referential.ReferentialManagement;

/** Reads for the contract pages: the pay schedule from the dated grid and SMIC, the amendments, the rupture. */
@Service
@Transactional(readOnly = true)
class ContractView {

    /** Monthly hours of a 35-hour week (151.67 h). */
    static final BigDecimal MONTHLY_HOURS = new BigDecimal("151.67");

    record PayLine(int contractYear, LocalDate from, int age, BigDecimal percent, BigDecimal monthlyGross) {}

    record RuptureLine(
            LocalDate ruptureDate,
            String initiative,
            String legalMode,
            Integer companyDays,
            boolean estimated,
            String expressedMotive,
            String validatedMotive,
            String analysisPeriod,
            String closureReason,
            String comment) {}

    private final JdbcClient jdbc;
    private final ReferentialManagement referential;

    ContractView(JdbcClient jdbc, ReferentialManagement referential) {
        this.jdbc = jdbc;
        this.referential = referential;
    }

    List<PayGrid.Rate> payRates() {
        return jdbc.sql("""
                        select contract_year, age_min, age_max, smic_percent as percent, valid_from, valid_to
                          from contract.pay_grid order by contract_year, age_min""").query(PayGrid.Rate.class).list();
    }

    BigDecimal smicOn(LocalDate day) {
        return jdbc.sql("select hourly from contract.smic where valid_from <= ? order by valid_from desc limit 1")
                .param(day)
                .query(BigDecimal.class)
                .optional()
                .orElse(BigDecimal.ZERO);
    }

    /** The pay of each contract year: % of the SMIC by age, and the gross monthly amount for the weekly hours. */
    List<PayLine> pay(LocalDate birth, LocalDate start, LocalDate end, BigDecimal weeklyHours) {
        if (birth == null || start == null || end == null || end.isBefore(start)) {
            return List.of();
        }
        BigDecimal hours = weeklyHours == null ? new BigDecimal("35") : weeklyHours;
        return PayGrid.schedule(payRates(), birth, start, end).stream()
                .map(year -> new PayLine(
                        year.contractYear(),
                        year.from(),
                        year.age(),
                        year.percent(),
                        smicOn(year.from())
                                .multiply(MONTHLY_HOURS)
                                .multiply(hours)
                                .divide(new BigDecimal("35"), 6, RoundingMode.HALF_UP)
                                .multiply(year.percent())
                                .divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP)))
                .toList();
    }

    List<Amendment> amendments(long contractId) {
        return jdbc.sql("""
                        select * from contract.amendment where contract_id = ? order by effective_date, id""")
                .param(contractId)
                .query((rs, row) -> {
                    Amendment amendment = new Amendment();
                    amendment.id = rs.getLong("id");
                    amendment.amendmentType = rs.getString("amendment_type");
                    amendment.conclusionDate = rs.getDate("conclusion_date").toLocalDate();
                    amendment.effectiveDate = rs.getDate("effective_date").toLocalDate();
                    amendment.previousEndDate = rs.getDate("previous_end_date").toLocalDate();
                    amendment.newEndDate = rs.getDate("new_end_date").toLocalDate();
                    amendment.previousMentor1Id = rs.getLong("previous_mentor1_id");
                    amendment.newMentor1Id = rs.getLong("new_mentor1_id");
                    amendment.newWeeklyHours = rs.getBigDecimal("new_weekly_hours");
                    amendment.note = rs.getString("note");
                    return amendment;
                })
                .list();
    }

    java.util.Optional<RuptureLine> rupture(long contractId) {
        return jdbc.sql("""
                        select r.rupture_date, r.initiative, r.legal_mode, r.company_days,
                               r.company_days_estimated as estimated, e.label as expressed_motive,
                               v.label as validated_motive, r.analysis_period, r.closure_reason, r.comment
                          from contract.rupture r
                          left join contract.rupture_motive e on e.id = r.expressed_motive_id
                          left join contract.rupture_motive v on v.id = r.validated_motive_id
                         where r.contract_id = ?""").param(contractId).query(RuptureLine.class).optional();
    }

    String mentorName(Long mentorId) {
        return mentorId == null
                ? "—"
                : referential.mentor(mentorId).map(m -> m.fullName()).orElse("—");
    }
}
