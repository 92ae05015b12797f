package org.trio.booklet.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.trio.booklet.EntryKind;
import org.trio.shared.ConcernsApprentice;

/** An entry of a livret's timeline: a period return, a note, or a reply to another entry. */
@Entity
@Table(schema = "booklet", name = "entry")
class Entry implements ConcernsApprentice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "booklet_id")
    long bookletId;

    @Column(name = "contract_id")
    long contractId;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Enumerated(EnumType.STRING)
    EntryKind kind;

    @Column(name = "parent_id")
    Long parentId;

    @Column(name = "period_start")
    LocalDate periodStart;

    @Column(name = "period_end")
    LocalDate periodEnd;

    String activities;

    String difficulties;

    String body;

    @Column(name = "author_role")
    String authorRole;

    @Column(name = "author_person_id")
    Long authorPersonId;

    @Column(name = "author_name")
    String authorName;

    @Column(name = "posted_at")
    Instant postedAt;

    @ElementCollection
    @CollectionTable(schema = "booklet", name = "entry_competency", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "competency_id")
    Set<Long> competencies = new HashSet<>();

    @Version
    long version;

    protected Entry() {}

    private Entry(Booklet booklet, EntryKind kind, Author author, Instant now) {
        this.bookletId = booklet.id;
        this.contractId = booklet.contractId;
        this.apprenticeId = booklet.apprenticeId;
        this.kind = kind;
        this.authorRole = author.role().name();
        this.authorPersonId = author.personId();
        this.authorName = author.name();
        this.postedAt = now;
    }

    static Entry periodReturn(
            Booklet booklet,
            Author author,
            LocalDate start,
            LocalDate end,
            String activities,
            String difficulties,
            Set<Long> competencies,
            Instant now) {
        Entry entry = new Entry(booklet, EntryKind.PERIOD_RETURN, author, now);
        entry.periodStart = start;
        entry.periodEnd = end;
        entry.activities = activities;
        entry.difficulties = difficulties;
        entry.competencies.addAll(competencies);
        return entry;
    }

    static Entry note(Booklet booklet, Author author, String body, Instant now) {
        Entry entry = new Entry(booklet, EntryKind.NOTE, author, now);
        entry.body = body;
        return entry;
    }

    static Entry reply(Booklet booklet, Entry parent, Author author, String body, Instant now) {
        Entry entry = new Entry(booklet, EntryKind.REPLY, author, now);
        entry.parentId = parent.kind == EntryKind.REPLY ? parent.parentId : parent.id;
        entry.body = body;
        return entry;
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
