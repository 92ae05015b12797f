package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trio.TrioIntegrationTest;

/** The demo network gives the demo CJE, ADCP, ASE and direction a living early warning. */
@TrioIntegrationTest
class WarningDemoDataIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void givesTheDemoCjeCallsToMakeAndCallsAlreadyLogged() {
        long cje = staffOf("cje@demo.trio");
        LocalDate today = LocalDate.now(clock);
        assertThat(count(
                        "select count(*) from warning.planned_call where advisor_staff_id = ? and status = 'PLANNED'"
                                + " and due_date >= ?",
                        cje,
                        today))
                .isPositive();
        assertThat(count("select count(*) from warning.call_log where caller_staff_id = ?", cje))
                .isPositive();
    }

    @Test
    void holdsSituationsAtEveryStageInTheDemoCfa() {
        long cfa = cfaOf("direction@demo.trio");
        List<String> stages = jdbc.sql("select distinct stage from warning.situation where cfa_id = ? order by stage")
                .param(cfa)
                .query(String.class)
                .list();
        assertThat(stages).contains("NEW", "IN_PROGRESS", "CLOSED");
        assertThat(count(
                        "select count(*) from warning.situation_action a join warning.situation s on s.id ="
                                + " a.situation_id where s.cfa_id = ? and a.status = 'DONE' and a.report is not null",
                        cfa))
                .isPositive();
    }

    @Test
    void scoresEveryApprenticeInTrainingAndNotifiesTheTeam() {
        long cfa = cfaOf("direction@demo.trio");
        assertThat(count("select count(*) from warning.risk_score where cfa_id = ?", cfa))
                .isPositive();
        assertThat(count(
                        "select count(*) from warning.notification where recipient_staff_id = ?",
                        staffOf("adcp@demo.trio")))
                .isPositive();
    }

    private long staffOf(String username) {
        return jdbc.sql("select person_id from access.account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private long cfaOf(String username) {
        return jdbc.sql("select cfa_id from access.account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
