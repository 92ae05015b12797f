package org.trio.warning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.trio.shared.ConcernsApprentice;
import org.trio.shared.RestrictedData;
import org.trio.warning.NewSignal;
import org.trio.warning.SignalCategory;
import org.trio.warning.SignalOrigin;

/**
 * A signal of a potential rupture: what was observed, by whom or by which rule, on which record it rests, and the
 * situation it joined. Social signals are restricted data.
 */
@Entity(name = "WarningSignal")
@Table(schema = "warning", name = "signal")
@RestrictedData
class Signal implements ConcernsApprentice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "apprentice_id")
    long apprenticeId;

    @Column(name = "network_id")
    long networkId;

    @Column(name = "cfa_id")
    long cfaId;

    @Column(name = "site_id")
    Long siteId;

    @Column(name = "situation_id")
    long situationId;

    @Enumerated(EnumType.STRING)
    SignalCategory category;

    @Enumerated(EnumType.STRING)
    SignalOrigin origin;

    String summary;

    String detail;

    @Column(name = "evidence_label")
    String evidenceLabel;

    @Column(name = "evidence_url")
    String evidenceUrl;

    @Column(name = "observed_on")
    LocalDate observedOn;

    @Column(name = "raised_at")
    Instant raisedAt;

    @Column(name = "raised_by")
    String raisedBy;

    @Column(name = "raised_by_staff_id")
    Long raisedByStaffId;

    @Column(name = "dedup_key")
    String dedupKey;

    boolean acknowledged;

    @Version
    long version;

    protected Signal() {}

    Signal(NewSignal signal, Situation situation, Instant now) {
        this.apprenticeId = signal.apprenticeId();
        this.networkId = situation.networkId;
        this.cfaId = situation.cfaId;
        this.siteId = situation.siteId;
        this.situationId = situation.id;
        this.category = signal.category();
        this.origin = signal.origin();
        this.summary = signal.summary().strip();
        this.detail = blankToNull(signal.detail());
        this.evidenceLabel = blankToNull(signal.evidenceLabel());
        this.evidenceUrl = blankToNull(signal.evidenceUrl());
        this.observedOn = signal.observedOn();
        this.raisedAt = now;
        this.raisedBy = signal.raisedBy();
        this.raisedByStaffId = signal.raisedByStaffId();
        this.dedupKey = blankToNull(signal.dedupKey());
    }

    /** Someone in charge of triage has read it. */
    void acknowledge() {
        acknowledged = true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public Long concernedApprenticeId() {
        return apprenticeId;
    }
}
