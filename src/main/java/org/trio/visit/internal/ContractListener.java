package org.trio.visit.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.trio.contract.ContractAmended;
import org.trio.contract.ContractSigned;
import org.trio.contract.ContractTerminated;

/**
 * Keeps the due visits in step with the contracts: planned when a contract is signed, planned again when it is amended
 * (dates) or broken (the windows opening after the rupture are no longer due).
 */
@Component
class ContractListener {

    private final DuePlanner planner;

    ContractListener(DuePlanner planner) {
        this.planner = planner;
    }

    @ApplicationModuleListener
    void on(ContractSigned event) {
        planner.plan(event.contractId());
    }

    @ApplicationModuleListener
    void on(ContractAmended event) {
        planner.plan(event.contractId());
    }

    @ApplicationModuleListener
    void on(ContractTerminated event) {
        planner.plan(event.contractId());
    }
}
