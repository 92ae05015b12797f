package org.trio.quality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A decision of the conseil de perfectionnement, possibly carried out as an improvement measure. */
@Entity
@Table(schema = "quality", name = "council_decision")
class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agenda_item_id")
    public @Nullable Long agendaItemId;

    public String text;

    @Column(name = "improvement_action_id")
    public @Nullable Long improvementActionId;

    @Version
    long version;

    protected Decision() {}

    Decision(@Nullable Long agendaItemId, String text) {
        this.agendaItemId = agendaItemId;
        this.text = text;
    }
}
