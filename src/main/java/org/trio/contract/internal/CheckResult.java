package org.trio.contract.internal;

import java.util.List;
import org.trio.shared.Problem;

/** The outcome of checking a form before saving it: blocking problems and warnings, each naming its field. */
record CheckResult(List<Problem> problems, List<Problem> warnings) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
