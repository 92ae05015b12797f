package org.trio.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.trio.shared.InvalidInputException;

class ComplaintTests {

    static final LocalDate RECEIVED = LocalDate.of(2025, 3, 3);
    static final LocalDate TODAY = LocalDate.of(2025, 3, 20);

    @Test
    void countsTheDelayFromReceiptToAnswer() {
        Complaint complaint = aComplaint();
        complaint.acknowledge(RECEIVED.plusDays(1), TODAY);
        complaint.answer("Analyse", "Réponse", RECEIVED.plusDays(12), TODAY);

        assertThat(complaint.status).isEqualTo(Complaint.Status.ANSWERED);
        assertThat(complaint.delayDays(TODAY)).isEqualTo(12);
    }

    @Test
    void countsTheDelaySoFarWhileUnanswered() {
        assertThat(aComplaint().delayDays(TODAY)).isEqualTo(17);
    }

    @Test
    void takesTheAnswerAsAcknowledgementWhenNoneWasRecorded() {
        Complaint complaint = aComplaint();
        complaint.answer("Analyse", "Réponse", RECEIVED.plusDays(2), TODAY);

        assertThat(complaint.acknowledgedOn).isEqualTo(RECEIVED.plusDays(2));
    }

    @Test
    void refusesAnAnswerBeforeTheReceiptOrInTheFuture() {
        Complaint complaint = aComplaint();

        assertThatThrownBy(() -> complaint.answer("A", "R", RECEIVED.minusDays(1), TODAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("complaint.date.beforeReceipt");
        assertThatThrownBy(() -> complaint.answer("A", "R", TODAY.plusDays(1), TODAY))
                .hasMessage("complaint.date.future");
        assertThat(complaint.status).isEqualTo(Complaint.Status.RECEIVED);
    }

    @Test
    void closesOnlyAnAnsweredComplaint() {
        Complaint complaint = aComplaint();

        assertThatThrownBy(() -> complaint.close(TODAY, TODAY)).hasMessage("complaint.close.notAnswered");
        complaint.answer("A", "R", TODAY, TODAY);
        complaint.close(TODAY, TODAY);
        assertThat(complaint.status).isEqualTo(Complaint.Status.CLOSED);
    }

    @Test
    void judgesTheDelaysAgainstThePolicyInForce() {
        ComplaintPolicy.Terms terms = new ComplaintPolicy.Terms(7, 30);

        assertThat(terms.acknowledgementLate(RECEIVED, null, RECEIVED.plusDays(7)))
                .isFalse();
        assertThat(terms.acknowledgementLate(RECEIVED, null, RECEIVED.plusDays(8)))
                .isTrue();
        assertThat(terms.answerLate(RECEIVED, RECEIVED.plusDays(31), TODAY.plusMonths(3)))
                .isTrue();
        assertThat(terms.answerLate(RECEIVED, RECEIVED.plusDays(30), TODAY.plusMonths(3)))
                .isFalse();
    }

    private static Complaint aComplaint() {
        return new Complaint(
                1,
                Complaint.Nature.COMPLAINT,
                Complaint.Complainant.EMPLOYER,
                null,
                Complaint.Channel.EMAIL,
                "Objet",
                "Texte",
                RECEIVED,
                OffsetDateTime.of(2025, 3, 3, 10, 0, 0, 0, ZoneOffset.UTC));
    }
}
