package org.trio.quality.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.trio.shared.InvalidInputException;

/**
 * A meeting of the conseil de perfectionnement: its agenda (pre-filled with the topics of Code du travail R6231-4 and
 * the quality topics of the regional sheet Q30-32), who attended, the notes of each topic and the decisions taken —
 * each decision may become an improvement measure. Once held, its minutes are a PDF.
 */
@Entity
@Table(schema = "quality", name = "council_meeting")
class CouncilMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cfa_id")
    public long cfaId;

    @Column(name = "meeting_date")
    public LocalDate meetingDate;

    public @Nullable String place;

    public @Nullable String chair;

    public boolean held;

    @Column(name = "general_notes")
    public @Nullable String generalNotes;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderBy("position")
    public List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderBy("id")
    public List<Decision> decisions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(schema = "quality", name = "council_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @MapKeyColumn(name = "member_id")
    @Column(name = "present")
    public Map<Long, Boolean> attendance = new HashMap<>();

    @Version
    long version;

    protected CouncilMeeting() {}

    CouncilMeeting(long cfaId, LocalDate meetingDate, @Nullable String place, @Nullable String chair) {
        this.cfaId = cfaId;
        this.meetingDate = meetingDate;
        this.place = place;
        this.chair = chair;
    }

    void addTopic(@Nullable String topicCode, String title) {
        agenda.add(new AgendaItem(agenda.size() + 1, topicCode, title));
    }

    void takeNotes(long itemId, @Nullable String notes) {
        item(itemId).notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    void recordAttendance(List<Long> members, List<Long> present) {
        attendance.clear();
        members.forEach(member -> attendance.put(member, present.contains(member)));
    }

    Decision decide(@Nullable Long itemId, String text) {
        if (itemId != null) {
            item(itemId);
        }
        Decision decision = new Decision(itemId, text);
        decisions.add(decision);
        return decision;
    }

    void markHeld(LocalDate today) {
        if (meetingDate.isAfter(today)) {
            throw InvalidInputException.of(null, "council.meeting.held.future");
        }
        held = true;
    }

    private AgendaItem item(long itemId) {
        return agenda.stream()
                .filter(item -> item.id == itemId)
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("agendaItemId", "council.agenda.unknown"));
    }

    public List<Decision> decisionsOf(long itemId) {
        return decisions.stream()
                .filter(d -> d.agendaItemId != null && d.agendaItemId == itemId)
                .toList();
    }

    public List<Decision> generalDecisions() {
        return decisions.stream().filter(d -> d.agendaItemId == null).toList();
    }
}
