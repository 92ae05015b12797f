package org.trio.quality.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.trio.contract.ContractFigures;
import org.trio.contract.ContractFigures.RuptureFollowUp;
import org.trio.quality.EvidenceProvider;
import org.trio.quality.QualiopiEvidence;

/**
 * Qualiopi 12 (measures for the apprentices' engagement and against broken paths) from the contract module's records,
 * over the twelve months before the reference date: the rupture analysis (ruptures nettes and the motives the CFA
 * validated) and the six months after a rupture (apprentices supported, job-search actions, outcomes, former employers
 * followed up), read through {@link ContractFigures}. (The contract module cannot implement {@link EvidenceProvider}
 * itself: this module already depends on it, so that would make a dependency cycle.)
 */
@Component
class ContractEvidence implements EvidenceProvider {

    private final ContractFigures figures;
    private final MessageSource messages;

    ContractEvidence(ContractFigures figures, MessageSource messages) {
        this.figures = figures;
        this.messages = messages;
    }

    @Override
    public List<QualiopiEvidence> evidenceFor(long cfaId, LocalDate referenceDate) {
        RuptureFollowUp followUp = figures.ruptureFollowUp(cfaId, referenceDate.minusMonths(12), referenceDate);
        List<QualiopiEvidence> evidence = new ArrayList<>();
        String source = text("quality.evidence.contract.source");
        if (followUp.ruptures() > 0) {
            evidence.add(new QualiopiEvidence(
                    12,
                    text("quality.evidence.ruptures.title", followUp.ruptures(), followUp.motivesValidated()),
                    text("quality.evidence.ruptures.description"),
                    followUp.lastRupture(),
                    null,
                    "/ruptures/analysis",
                    source));
        }
        if (followUp.continuations() > 0 && followUp.lastActivity() != null) {
            evidence.add(new QualiopiEvidence(
                    12,
                    text("quality.evidence.continuations.title", followUp.continuations(), followUp.supportActions()),
                    text(
                            "quality.evidence.continuations.description",
                            followUp.outcomes(),
                            followUp.newContracts(),
                            followUp.employersFollowedUp()),
                    followUp.lastActivity(),
                    null,
                    "/continuations",
                    source));
        }
        return evidence;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRANCE);
    }
}
