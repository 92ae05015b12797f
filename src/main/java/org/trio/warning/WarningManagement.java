package org.trio.warning;

import java.util.Optional;

/**
 * The early warning's facade. Every signal about an apprentice — from a person (a trainer after the weekly guidance
 * hour, a CJE after a call, a maître, the apprentice) or from a rule of Trio (no contract, overdue call, silent livret,
 * …) — is raised through {@link #raiseSignal}, so that all of them are recorded, attached to the apprentice's situation
 * and routed the same way.
 */
public interface WarningManagement {

    /**
     * Records a signal, attaches it to the apprentice's open situation (opening one when there is none), notifies the
     * people who must know (in Trio and by e-mail) and refreshes the apprentice's risk score. Publishes
     * {@link SignalRaised}.
     *
     * @return the signal's id; when {@link NewSignal#dedupKey()} was already used, the id of that earlier signal and
     *     nothing else happens
     * @throws org.trio.shared.InvalidInputException when the apprentice is unknown or not in training, or a text is
     *     empty or too long (French messages naming the field)
     */
    long raiseSignal(NewSignal signal);

    /** The apprentice's open situation, if any. */
    Optional<SituationInfo> openSituationOf(long apprenticeId);
}
