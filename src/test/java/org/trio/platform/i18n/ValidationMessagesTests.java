package org.trio.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import org.junit.jupiter.api.Test;

class ValidationMessagesTests {

    @Test
    void keepsTheApostrophesOfAMessageThatWillReceiveTheFieldLabel() {
        String resolved = "{0} : le type d'employeur doit être un code CERFA de 11 à 16.";

        String kept = ValidationMessagesConfiguration.ApostrophesKept.keep(resolved);

        assertThat(MessageFormat.format(kept, "Type d'employeur"))
                .isEqualTo("Type d'employeur : le type d'employeur doit être un code CERFA de 11 à 16.");
    }

    @Test
    void leavesAFinishedMessageAlone() {
        String finished = "UAI du CFA : « 0912345A » n'est pas un code UAI valide.";

        assertThat(ValidationMessagesConfiguration.ApostrophesKept.keep(finished))
                .isEqualTo(finished);
    }
}
