package org.trio.quality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.quality.NewImprovementAction;
import org.trio.quality.internal.CouncilForms.DecisionForm;
import org.trio.quality.internal.CouncilForms.MeetingForm;
import org.trio.quality.internal.CouncilForms.MemberForm;
import org.trio.shared.InvalidInputException;
import org.trio.shared.Problem;

/** The conseil de perfectionnement: members, meetings with their agenda, attendance, notes and decisions. */
@Service
class CouncilService {

    record Topic(String code, int position, String title, String origin) {}

    private final CouncilMembers members;
    private final CouncilMeetings meetings;
    private final ImprovementActionService actions;
    private final JdbcClient jdbc;
    private final Clock clock;

    CouncilService(
            CouncilMembers members,
            CouncilMeetings meetings,
            ImprovementActionService actions,
            JdbcClient jdbc,
            Clock clock) {
        this.members = members;
        this.meetings = meetings;
        this.actions = actions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<CouncilMember> members(long cfaId) {
        return members.findByCfaIdOrderByCollegeAscFullNameAsc(cfaId);
    }

    Optional<CouncilMember> member(long id) {
        return members.findById(id);
    }

    @Transactional
    long addMember(long cfaId, MemberForm form) {
        return members.save(new CouncilMember(
                        cfaId,
                        form.college(),
                        form.fullName().strip(),
                        ImprovementActionService.blankToNull(form.organisation()),
                        ImprovementActionService.blankToNull(form.function()),
                        ImprovementActionService.blankToNull(form.email()),
                        form.since()))
                .id;
    }

    @Transactional
    void memberLeaves(long id, LocalDate on) {
        members.findById(id).orElseThrow().leave(on);
    }

    List<Topic> topics() {
        return jdbc.sql("select code, position, title, origin from quality.council_topic order by position")
                .query(Topic.class)
                .list();
    }

    List<CouncilMeeting> meetings(long cfaId) {
        return meetings.findByCfaIdOrderByMeetingDateDesc(cfaId);
    }

    /** Plans a meeting; its agenda starts with the topics of R6231-4 and of the quality sheet. */
    @Transactional
    long plan(long cfaId, MeetingForm form) {
        CouncilMeeting meeting = new CouncilMeeting(
                cfaId,
                form.meetingDate(),
                ImprovementActionService.blankToNull(form.place()),
                ImprovementActionService.blankToNull(form.chair()));
        topics().forEach(topic -> meeting.addTopic(topic.code(), topic.title()));
        return meetings.save(meeting).id;
    }

    /** The meeting with its agenda, decisions and attendance loaded. */
    @Transactional(readOnly = true)
    Optional<CouncilMeeting> meeting(long id) {
        return meetings.findById(id).map(meeting -> {
            meeting.agenda.size();
            meeting.decisions.size();
            meeting.attendance.size();
            return meeting;
        });
    }

    @Transactional
    void addTopic(long meetingId, String title) {
        meetings.findById(meetingId).orElseThrow().addTopic(null, title.strip());
    }

    @Transactional
    void takeNotes(long meetingId, long itemId, String notes) {
        meetings.findById(meetingId).orElseThrow().takeNotes(itemId, notes);
    }

    @Transactional
    void recordAttendance(long meetingId, List<Long> present) {
        CouncilMeeting meeting = meetings.findById(meetingId).orElseThrow();
        List<Long> all = members(meeting.cfaId).stream()
                .filter(member -> member.activeOn(meeting.meetingDate))
                .map(member -> member.id)
                .toList();
        meeting.recordAttendance(all, present);
    }

    /** Records a decision and, when asked, the improvement measure that carries it out — both or neither. */
    @Transactional
    void decide(long meetingId, DecisionForm form) {
        CouncilMeeting meeting = meetings.findById(meetingId).orElseThrow();
        Decision decision = meeting.decide(form.agendaItemId(), form.text().strip());
        if (form.improvementAction()) {
            if (form.owner() == null || form.owner().isBlank() || form.dueOn() == null) {
                throw new InvalidInputException(List.of(
                        Problem.of("owner", "council.decision.action.owner"),
                        Problem.of("dueOn", "council.decision.action.dueOn")));
            }
            decision.improvementActionId = actions.openImprovementAction(new NewImprovementAction(
                    meeting.cfaId,
                    form.text().strip().length() > 300
                            ? form.text().strip().substring(0, 300)
                            : form.text().strip(),
                    null,
                    "COUNCIL",
                    "Conseil de perfectionnement du " + meeting.meetingDate.format(Dates.FRENCH),
                    form.owner(),
                    form.dueOn()));
        }
    }

    @Transactional
    void markHeld(long meetingId) {
        meetings.findById(meetingId).orElseThrow().markHeld(LocalDate.now(clock));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
