package org.trio.warning.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.referential.DiplomaType;
import org.trio.warning.SignalCategory;

/**
 * Computes the risk score of apprentices in training from this module's copy of their enrolment and contract and from
 * their recent signals, with the weights in force, and keeps it in {@code warning.risk_score} for the lists.
 */
@Service
class RiskService {

    private static final int BATCH = 1_000;
    private static final String UPSERT = "insert into warning.risk_score (apprentice_id, network_id, cfa_id, site_id,"
            + " enrolment_id, score, social_points, factors, computed_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " on conflict (apprentice_id) do update set network_id = excluded.network_id, cfa_id = excluded.cfa_id,"
            + " site_id = excluded.site_id, enrolment_id = excluded.enrolment_id, score = excluded.score,"
            + " social_points = excluded.social_points, factors = excluded.factors,"
            + " computed_on = excluded.computed_on";

    private final FollowUp followUp;
    private final WarningSettings settings;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RiskService(FollowUp followUp, WarningSettings settings, JdbcClient jdbc, JdbcTemplate template) {
        this.followUp = followUp;
        this.settings = settings;
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Whether the apprentice objected to the score: then none is computed. */
    boolean objected(long apprenticeId) {
        return jdbc.sql("select count(*) from warning.risk_objection where apprentice_id = ?")
                        .param(apprenticeId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The apprentice's situation on the day as the score sees it, if they are in training and did not object. */
    Optional<RiskScoring.Facts> factsOf(long apprenticeId, LocalDate day) {
        if (objected(apprenticeId)) {
            return Optional.empty();
        }
        Optional<FollowUp.Enrolment> enrolment = followUp.enrolmentOn(apprenticeId, day);
        if (enrolment.isEmpty() || !enrolment.get().activeOn(day)) {
            return Optional.empty();
        }
        FollowUp.Enrolment current = enrolment.get();
        LocalDate contractStart = followUp.contractOn(apprenticeId, day)
                .map(FollowUp.Contract::startDate)
                .orElse(null);
        int window = settings.threshold(Threshold.SIGNAL_WINDOW_DAYS, current.networkId(), day);
        Set<SignalCategory> recent = EnumSet.noneOf(SignalCategory.class);
        jdbc.sql("select distinct category from warning.signal where apprentice_id = ? and observed_on > ?"
                        + " and observed_on <= ?")
                .params(apprenticeId, day.minusDays(window), day)
                .query(String.class)
                .list()
                .forEach(category -> recent.add(SignalCategory.valueOf(category)));
        return Optional.of(new RiskScoring.Facts(
                current.diploma(), current.programmeYear(), current.highestDiplomaHeld(), contractStart, recent));
    }

    Optional<RiskScoring.Score> scoreOf(long apprenticeId, LocalDate day) {
        return factsOf(apprenticeId, day).map(facts -> {
            long network = followUp.enrolmentOn(apprenticeId, day).orElseThrow().networkId();
            return RiskScoring.score(facts, day, settings.weights(network, day));
        });
    }

    /** Recomputes and stores one apprentice's score (removes it when they are no longer in training). */
    @Transactional
    void refresh(long apprenticeId, LocalDate day) {
        Optional<FollowUp.Enrolment> enrolment =
                followUp.enrolmentOn(apprenticeId, day).filter(candidate -> candidate.activeOn(day));
        Optional<RiskScoring.Score> score = scoreOf(apprenticeId, day);
        if (enrolment.isEmpty() || score.isEmpty()) {
            jdbc.sql("delete from warning.risk_score where apprentice_id = ?")
                    .param(apprenticeId)
                    .update();
            return;
        }
        FollowUp.Enrolment current = enrolment.get();
        template.update(
                UPSERT,
                apprenticeId,
                current.networkId(),
                current.cfaId(),
                current.siteId(),
                current.enrolmentId(),
                score.get().total(),
                score.get().socialPoints(),
                RiskScoring.encode(score.get().factors()),
                day);
    }

    /** Recomputes every apprentice in training on the day (the daily run), in one pass over this module's tables. */
    @Transactional
    int refreshAll(LocalDate day) {
        Map<Long, Integer> windows = new HashMap<>();
        Map<Long, RiskWeights> weights = new HashMap<>();
        List<Object[]> batch = new ArrayList<>();
        int[] count = {0};
        jdbc.sql("""
                        select distinct on (e.apprentice_id) e.apprentice_id, e.enrolment_id, e.network_id, e.cfa_id,
                          e.site_id, e.diploma_type, e.programme_year, e.highest_diploma_held,
                          (select c.start_date from warning.followed_contract c where c.apprentice_id = e.apprentice_id
                             and c.start_date <= :day and c.end_date >= :day
                             and (c.rupture_date is null or c.rupture_date > :day)
                           order by c.start_date desc limit 1) as contract_start,
                          (select array_agg(distinct s.category || ':' || (:day - s.observed_on))
                             from warning.signal s where s.apprentice_id = e.apprentice_id
                             and s.observed_on <= :day and s.observed_on > :day - 365) as signals
                        from warning.followed_enrolment e
                        where e.training_start <= :day and e.training_end >= :day
                          and (e.exclusion_date is null or e.exclusion_date > :day)
                          and not exists (select 1 from warning.risk_objection o where o.apprentice_id = e.apprentice_id)
                        order by e.apprentice_id, e.training_start desc, e.enrolment_id desc
                        """).param("day", day).query((ResultSet rs) -> {
            long network = rs.getLong("network_id");
            int window =
                    windows.computeIfAbsent(network, n -> settings.threshold(Threshold.SIGNAL_WINDOW_DAYS, n, day));
            RiskWeights networkWeights = weights.computeIfAbsent(network, n -> settings.weights(n, day));
            java.sql.Date start = rs.getDate("contract_start");
            RiskScoring.Facts facts = new RiskScoring.Facts(
                    DiplomaType.valueOf(rs.getString("diploma_type")),
                    rs.getInt("programme_year"),
                    rs.getString("highest_diploma_held"),
                    start == null ? null : start.toLocalDate(),
                    recentCategories(rs.getArray("signals"), window));
            RiskScoring.Score score = RiskScoring.score(facts, day, networkWeights);
            batch.add(new Object[] {
                rs.getLong("apprentice_id"),
                network,
                rs.getLong("cfa_id"),
                rs.getObject("site_id"),
                rs.getLong("enrolment_id"),
                score.total(),
                score.socialPoints(),
                RiskScoring.encode(score.factors()),
                day
            });
            count[0]++;
            if (batch.size() >= BATCH) {
                template.batchUpdate(UPSERT, batch);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            template.batchUpdate(UPSERT, batch);
        }
        jdbc.sql("delete from warning.risk_score where computed_on < ?")
                .param(day)
                .update();
        return count[0];
    }

    /** Records an objection to the score (GDPR art. 21) and deletes the current score at once. */
    @Transactional
    void object(long apprenticeId, long cfaId, LocalDate day, String by) {
        jdbc.sql("insert into warning.risk_objection (apprentice_id, cfa_id, recorded_on, recorded_by)"
                        + " values (?, ?, ?, ?) on conflict (apprentice_id) do nothing")
                .params(apprenticeId, cfaId, day, by)
                .update();
        jdbc.sql("delete from warning.risk_score where apprentice_id = ?")
                .param(apprenticeId)
                .update();
    }

    /** Withdraws an objection; the score comes back at once. */
    @Transactional
    void withdrawObjection(long apprenticeId, LocalDate day) {
        jdbc.sql("delete from warning.risk_objection where apprentice_id = ?")
                .param(apprenticeId)
                .update();
        refresh(apprenticeId, day);
    }

    /** The categories of the signals observed fewer than {@code window} days ago ("CATEGORY:days ago" items). */
    private static Set<SignalCategory> recentCategories(@Nullable Array items, int window) throws SQLException {
        Set<SignalCategory> categories = EnumSet.noneOf(SignalCategory.class);
        if (items == null) {
            return categories;
        }
        for (Object item : (Object[]) items.getArray()) {
            String[] parts = item.toString().split(":");
            if (Integer.parseInt(parts[1]) < window) {
                categories.add(SignalCategory.valueOf(parts[0]));
            }
        }
        return categories;
    }
}
