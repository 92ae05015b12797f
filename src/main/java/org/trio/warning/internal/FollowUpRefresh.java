package org.trio.warning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.trio.contract.ContractInfo;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.referential.ReferentialManagement;

/** Refreshes this module's copy of enrolments and contracts from the contract module's facades. */
@Component
class FollowUpRefresh {

    private static final int CHUNK = 500;

    private final FollowUp followUp;
    private final EnrolmentManagement enrolments;
    private final ContractManagement contracts;
    private final ReferentialManagement referential;

    FollowUpRefresh(
            FollowUp followUp,
            EnrolmentManagement enrolments,
            ContractManagement contracts,
            ReferentialManagement referential) {
        this.followUp = followUp;
        this.enrolments = enrolments;
        this.contracts = contracts;
        this.referential = referential;
    }

    Optional<FollowUp.Enrolment> enrolment(long enrolmentId) {
        enrolments.enrolment(enrolmentId).ifPresent(this::save);
        return followUp.enrolment(enrolmentId);
    }

    Optional<FollowUp.Contract> contract(long contractId) {
        Optional<ContractInfo> contract = contracts.contract(contractId);
        contract.ifPresent(info -> {
            enrolment(info.enrolmentId());
            followUp.saveContract(info);
        });
        return followUp.contract(contractId);
    }

    /** Every enrolment and contract of the apprentice. */
    void apprentice(long apprenticeId) {
        enrolments.enrolmentsOf(apprenticeId).forEach(this::save);
        contracts.contractsOf(apprenticeId).forEach(followUp::saveContract);
    }

    /** The enrolment the apprentice follows on the day, refreshed from the contract module when unknown here. */
    Optional<FollowUp.Enrolment> enrolmentOn(long apprenticeId, LocalDate day) {
        Optional<FollowUp.Enrolment> known = followUp.enrolmentOn(apprenticeId, day);
        if (known.isPresent()) {
            return known;
        }
        apprentice(apprenticeId);
        return followUp.enrolmentOn(apprenticeId, day);
    }

    /**
     * Re-reads the contracts not ended on the day (end dates moved by an amendment, ruptures), by chunks; returns the
     * contracts whose rupture was learnt.
     */
    List<FollowUp.Contract> contractsNotEndedOn(LocalDate day) {
        List<Long> ids = followUp.contractIdsNotEndedOn(day);
        List<FollowUp.Contract> broken = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (ContractInfo info : contracts.contracts(ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                followUp.saveContract(info);
                if (info.ruptureDate() != null) {
                    followUp.contract(info.id()).ifPresent(broken::add);
                }
            }
        }
        return broken;
    }

    private void save(EnrolmentInfo enrolment) {
        referential
                .programme(enrolment.programmeId())
                .ifPresent(programme -> followUp.saveEnrolment(enrolment, programme));
    }
}
