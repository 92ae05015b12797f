package org.trio.quality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A topic of a conseil's agenda, with what was said about it. */
@Entity
@Table(schema = "quality", name = "council_agenda_item")
class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public int position;

    @Column(name = "topic_code")
    public @Nullable String topicCode;

    public String title;

    public @Nullable String notes;

    @Version
    long version;

    protected AgendaItem() {}

    AgendaItem(int position, @Nullable String topicCode, String title) {
        this.position = position;
        this.topicCode = topicCode;
        this.title = title;
    }
}
