package org.trio.attendance.internal;

import jakarta.validation.Valid;
import java.util.List;
import org.trio.attendance.RollCallEntry;

/** The roll-call sheet as posted: one line per apprentice, present unless the trainer tapped something else. */
record RollCallForm(@Valid List<RollCallEntry> lines) {

    RollCallForm {
        lines = lines == null ? List.of() : lines;
    }
}
