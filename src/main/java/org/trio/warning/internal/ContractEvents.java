package org.trio.warning.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.trio.contract.ApprenticeEnrolled;
import org.trio.contract.ContractAmended;
import org.trio.contract.ContractSigned;
import org.trio.contract.ContractTerminated;

/**
 * Reacts to the contract module's events (after their commit, asynchronously, recorded in the event publication
 * registry so that none is lost): a new enrolment joins this module's copy; a signed contract gets its call calendar;
 * an amendment moves the calendar's end; a rupture cancels the calls after it and tells the team following the
 * apprentice's open situation. The apprentice's score is recomputed each time.
 */
@Component
class ContractEvents {

    private final FollowUpRefresh refresh;
    private final CallService calls;
    private final RiskService risk;
    private final FollowUp followUp;
    private final RuptureNotice notice;
    private final Clock clock;

    ContractEvents(
            FollowUpRefresh refresh,
            CallService calls,
            RiskService risk,
            FollowUp followUp,
            RuptureNotice notice,
            Clock clock) {
        this.refresh = refresh;
        this.calls = calls;
        this.risk = risk;
        this.followUp = followUp;
        this.notice = notice;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ApprenticeEnrolled event) {
        refresh.enrolment(event.enrolmentId());
        risk.refresh(event.apprenticeId(), LocalDate.now(clock));
    }

    @ApplicationModuleListener
    void on(ContractSigned event) {
        refresh.enrolment(event.enrolmentId());
        calls.plan(event.contractId());
        risk.refresh(event.apprenticeId(), LocalDate.now(clock));
    }

    @ApplicationModuleListener
    void on(ContractAmended event) {
        refresh.contract(event.contractId());
        followUp.recordEnd(event.contractId(), event.endDate());
        calls.replan(event.contractId());
        risk.refresh(event.apprenticeId(), LocalDate.now(clock));
    }

    @ApplicationModuleListener
    void on(ContractTerminated event) {
        refresh.contract(event.contractId());
        followUp.recordRupture(event.contractId(), event.ruptureDate());
        followUp.contract(event.contractId()).ifPresent(calls::cancelAfter);
        notice.ruptureOf(event.apprenticeId(), event.ruptureDate());
        risk.refresh(event.apprenticeId(), LocalDate.now(clock));
    }
}
