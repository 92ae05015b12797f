package org.trio.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trio.warning.SignalCategory;

class SignalRoutingTests {

    private static final SignalRouting.Team TEAM =
            new SignalRouting.Team(List.of(1L), List.of(2L, 3L), List.of(4L), List.of(5L), List.of(6L), 7L);

    @Test
    void informsDirectionSecretariatAndTutorAndAsksAdcpAseAndCjeToAssess() {
        assertThat(SignalRouting.route(SignalCategory.COMPANY_CONFLICT, TEAM, null))
                .containsExactly(
                        new SignalRouting.Recipient(1, SignalRouting.Purpose.INFORM),
                        new SignalRouting.Recipient(2, SignalRouting.Purpose.INFORM),
                        new SignalRouting.Recipient(3, SignalRouting.Purpose.INFORM),
                        new SignalRouting.Recipient(7, SignalRouting.Purpose.INFORM),
                        new SignalRouting.Recipient(4, SignalRouting.Purpose.ASSESS),
                        new SignalRouting.Recipient(5, SignalRouting.Purpose.ASSESS),
                        new SignalRouting.Recipient(6, SignalRouting.Purpose.ASSESS));
    }

    @Test
    void sendsASocialSignalOnlyToTheRolesThatReadSocialData() {
        assertThat(SignalRouting.route(SignalCategory.SOCIAL, TEAM, null))
                .containsExactly(
                        new SignalRouting.Recipient(1, SignalRouting.Purpose.INFORM),
                        new SignalRouting.Recipient(5, SignalRouting.Purpose.ASSESS));
    }

    @Test
    void neverNotifiesThePersonWhoRaisedTheSignal() {
        assertThat(SignalRouting.route(SignalCategory.ABSENCES, TEAM, 7L))
                .extracting(SignalRouting.Recipient::staffId)
                .doesNotContain(7L)
                .contains(1L, 4L);
    }

    @Test
    void asksATutorWhoIsAlsoInTheTriageTeamToAssess() {
        SignalRouting.Team team = new SignalRouting.Team(List.of(1L), List.of(), List.of(4L), List.of(), List.of(), 4L);
        assertThat(SignalRouting.route(SignalCategory.PEDAGOGY, team, null))
                .containsExactly(
                        new SignalRouting.Recipient(1, SignalRouting.Purpose.INFORM),
                        new SignalRouting.Recipient(4, SignalRouting.Purpose.ASSESS));
    }
}
