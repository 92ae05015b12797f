package org.trio.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;
import org.trio.contract.CompanyDaysCalendar;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;

@TrioIntegrationTest
class CalendarCompanyDaysIntegrationTests {

    @Autowired
    List<CompanyDaysCalendar> calendars;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    ContractManagement contracts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void givesTheContractModuleFortyFiveCompanyDaysUpToTheEndOfTheTrialPeriod() {
        long id = jdbc.sql("select min(id) from contract.apprenticeship_contract where apprentice_id = (select"
                        + " person_id from access.account where username = 'apprenti@demo.trio')")
                .query(Long.class)
                .single();
        ContractInfo contract = contracts.contract(id).orElseThrow();
        LocalDate trialEnd = calendar.nthCompanyDay(id, contract.practicalTrainingStart(), 45)
                .orElseThrow();
        assertThat(calendars).hasSize(1);
        CompanyDaysCalendar days = calendars.get(0);
        assertThat(days.companyDays(contract.apprenticeId(), id, contract.practicalTrainingStart(), trialEnd))
                .hasValue(45);
        assertThat(days.companyDays(
                        contract.apprenticeId(), id, contract.practicalTrainingStart(), trialEnd.minusDays(1)))
                .hasValue(44);
        assertThat(days.companyDays(contract.apprenticeId(), id, LocalDate.of(1999, 1, 1), LocalDate.of(1999, 1, 31)))
                .isEqualTo(OptionalInt.empty());
    }
}
