package org.trio.insertion.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.insertion.InsertionManagement;
import org.trio.insertion.SituationInfo;
import org.trio.shared.InvalidInputException;

/** Records leavers' situations; the module's facade. */
@Service
class InsertionService implements InsertionManagement {

    static final List<Integer> HORIZONS = List.of(6, 12, 18, 24);

    private final LeaverSituations situations;
    private final Clock clock;

    InsertionService(LeaverSituations situations, Clock clock) {
        this.situations = situations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SituationInfo> situationsOf(long apprenticeId) {
        return situations.findByApprenticeIdOrderByEnrolmentIdAscHorizonMonthsAsc(apprenticeId).stream()
                .map(InsertionService::info)
                .toList();
    }

    List<LeaverSituation> situationsOf(List<Long> enrolmentIds) {
        return enrolmentIds.isEmpty() ? List.of() : situations.findByEnrolmentIdIn(enrolmentIds);
    }

    /** Records (or corrects) the situation at a horizon, which must have been reached. */
    @Transactional
    void record(Leavers.Leaver leaver, SituationForm form, String user) {
        if (!HORIZONS.contains(form.horizonMonths())) {
            throw InvalidInputException.of("horizonMonths", "situation.horizon.invalid");
        }
        LocalDate today = today();
        if (leaver.exitDate().plusMonths(form.horizonMonths()).isAfter(form.recordedOn())) {
            throw InvalidInputException.of("horizonMonths", "situation.horizon.notReached", form.horizonMonths());
        }
        LeaverSituation situation = situations
                .findByEnrolmentIdAndHorizonMonths(
                        leaver.enrolmentId(), form.horizonMonths().shortValue())
                .orElseGet(() -> new LeaverSituation(leaver, form.horizonMonths()));
        situation.record(
                form.situation(),
                form.contractType(),
                form.jobMatchesDiploma(),
                form.jobSearchMonths(),
                form.source(),
                form.recordedOn(),
                today,
                user);
        situations.save(situation);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static SituationInfo info(LeaverSituation situation) {
        return new SituationInfo(
                situation.enrolmentId,
                situation.apprenticeId,
                situation.programmeId,
                situation.horizonMonths,
                situation.situation,
                situation.contractType,
                situation.jobMatchesDiploma,
                situation.jobSearchMonths == null ? null : situation.jobSearchMonths.intValue(),
                situation.recordedOn);
    }
}
