package org.trio.contract.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.trio.access.AuditTrail;

/**
 * The dated, configurable data behind ruptures: the motive lists (network and CFA), the rupture-nette rule and the
 * alternance rhythms used to estimate the trial period.
 */
@Component
class RuptureRules {

    /** A motive of a list, with the CFA that added it (null for the network's list). */
    record Motive(long id, String kind, String label, Long cfaId, int position) {}

    /** A row of the rupture-nette rule. */
    record NetRule(
            long id,
            String closureReason,
            boolean excluded,
            LocalDate validFrom,
            LocalDate validTo,
            String changedBy) {}

    static final String NET_CONDITION = """
            (%1$s.closure_reason is null or not exists (
               select 1 from contract.net_rupture_rule n
                where n.closure_reason = %1$s.closure_reason and n.excluded
                  and n.valid_from <= %1$s.rupture_date and (n.valid_to is null or n.valid_to >= %1$s.rupture_date)))""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RuptureRules(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The SQL condition "this rupture counts as a rupture nette" on an alias of {@code contract.rupture}. */
    static String netCondition(String alias) {
        return NET_CONDITION.formatted(alias);
    }

    /** The motives of a kind a CFA may use on a day: the network's list and its own additions. */
    List<Motive> motives(String kind, long cfaId, LocalDate day) {
        return jdbc.sql("""
                        select id, kind, label, cfa_id, position from contract.rupture_motive
                         where kind = :kind and (cfa_id is null or cfa_id = :cfa)
                           and valid_from <= :day and (valid_to is null or valid_to >= :day)
                         order by cfa_id nulls first, position, label""")
                .param("kind", kind)
                .param("cfa", cfaId)
                .param("day", day)
                .query(Motive.class)
                .list();
    }

    List<Motive> allMotives(Long cfaId) {
        return jdbc.sql("""
                        select id, kind, label, cfa_id, position from contract.rupture_motive
                         where cfa_id is null or cfa_id = :cfa order by kind, cfa_id nulls first, position, label""")
                .param("cfa", cfaId == null ? -1L : cfaId)
                .query(Motive.class)
                .list();
    }

    Optional<String> motiveLabel(Long motiveId) {
        if (motiveId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select label from contract.rupture_motive where id = ?")
                .param(motiveId)
                .query(String.class)
                .optional();
    }

    long addMotive(String kind, String label, long cfaId, LocalDate from) {
        long id =
                jdbc.sql("""
                        insert into contract.rupture_motive (kind, label, cfa_id, position, valid_from)
                        values (?, ?, ?, 100, ?) returning id""").params(kind, label, cfaId, from).query(Long.class).single();
        audit.recordRowChange(
                "contract.rupture_motive",
                id,
                null,
                Map.of(),
                Map.of("kind", kind, "label", label, "cfa_id", cfaId, "valid_from", from));
        return id;
    }

    /** Whether a rupture with this closure reason on that day counts as a rupture nette. */
    boolean isNet(String closureReason, LocalDate day) {
        if (closureReason == null) {
            return true;
        }
        return jdbc.sql("""
                        select count(*) from contract.net_rupture_rule where closure_reason = ? and excluded
                           and valid_from <= ? and (valid_to is null or valid_to >= ?)""").params(closureReason, day, day).query(Long.class).single() == 0;
    }

    List<NetRule> netRules() {
        return jdbc.sql("""
                        select id, closure_reason, excluded, valid_from, valid_to, changed_by
                          from contract.net_rupture_rule order by closure_reason, valid_from""").query(NetRule.class).list();
    }

    /** Changes the rule for one closure reason from a day on: closes the row in force, opens a new one. */
    void changeNetRule(String closureReason, boolean excluded, LocalDate from, String by) {
        jdbc.sql("""
                        update contract.net_rupture_rule set valid_to = ? where closure_reason = ?
                           and valid_from < ? and (valid_to is null or valid_to >= ?)""").params(from.minusDays(1), closureReason, from, from).update();
        jdbc.sql("delete from contract.net_rupture_rule where closure_reason = ? and valid_from >= ?")
                .params(closureReason, from)
                .update();
        jdbc.sql("""
                        insert into contract.net_rupture_rule (closure_reason, excluded, valid_from, changed_by)
                        values (?, ?, ?, ?)""").params(closureReason, excluded, from, by).update();
        audit.recordRowChange(
                "contract.net_rupture_rule",
                closureReason + " " + from,
                null,
                Map.of(),
                Map.of("closure_reason", closureReason, "excluded", excluded, "valid_from", from));
    }

    BigDecimal companyShare(String diplomaType) {
        return jdbc.sql("""
                        select company_share from contract.alternance_rhythm where diploma_type in (?, 'DEFAULT')
                         order by diploma_type = 'DEFAULT' limit 1""").param(diplomaType).query(BigDecimal.class).single();
    }
}
