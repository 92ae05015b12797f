package org.trio.quality;

import java.util.List;

/** The quality module's facade for other modules. */
public interface QualityManagement {

    /**
     * Opens an improvement measure (e.g. from a rupture analysis or a visit); validated like the form of the
     * improvement-measure dashboard.
     *
     * @return the new measure's id
     */
    long openImprovementAction(NewImprovementAction command);

    /** The indicators of a scope with the publication rules applied (fewer than 20 people: not computable). */
    List<IndicatorResult> indicators(IndicatorScope scope);
}
