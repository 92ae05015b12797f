package org.trio.visit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of the visit policy page: the rules of one scope (the CFA, or the CFA for one programme) and the first
 * contract start they apply to. Rows left without code and label, or ticked for removal, are not kept.
 */
public class PolicyForm {

    /** One rule of the form. */
    public static class Row {

        private @Nullable String code;
        private @Nullable String label;
        private PolicyRule.@Nullable Anchor fromAnchor;
        private @Nullable Integer fromMonths;
        private PolicyRule.@Nullable Anchor toAnchor;
        private @Nullable Integer toMonths;
        private boolean removed;

        public Row() {}

        Row(PolicyRule rule) {
            this.code = rule.code();
            this.label = rule.label();
            this.fromAnchor = rule.fromAnchor();
            this.fromMonths = rule.fromMonths();
            this.toAnchor = rule.toAnchor();
            this.toMonths = rule.toMonths();
        }

        boolean blank() {
            return (code == null || code.isBlank()) && (label == null || label.isBlank());
        }

        public @Nullable String getCode() {
            return code;
        }

        public void setCode(@Nullable String code) {
            this.code = code;
        }

        public @Nullable String getLabel() {
            return label;
        }

        public void setLabel(@Nullable String label) {
            this.label = label;
        }

        public PolicyRule.@Nullable Anchor getFromAnchor() {
            return fromAnchor;
        }

        public void setFromAnchor(PolicyRule.@Nullable Anchor fromAnchor) {
            this.fromAnchor = fromAnchor;
        }

        public @Nullable Integer getFromMonths() {
            return fromMonths;
        }

        public void setFromMonths(@Nullable Integer fromMonths) {
            this.fromMonths = fromMonths;
        }

        public PolicyRule.@Nullable Anchor getToAnchor() {
            return toAnchor;
        }

        public void setToAnchor(PolicyRule.@Nullable Anchor toAnchor) {
            this.toAnchor = toAnchor;
        }

        public @Nullable Integer getToMonths() {
            return toMonths;
        }

        public void setToMonths(@Nullable Integer toMonths) {
            this.toMonths = toMonths;
        }

        public boolean isRemoved() {
            return removed;
        }

        public void setRemoved(boolean removed) {
            this.removed = removed;
        }
    }

    /** Empty rows offered under the rules in force, to add rules. */
    static final int EMPTY_ROWS = 2;

    private @Nullable Long programmeId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate validFrom;

    private List<Row> rules = new ArrayList<>();

    public PolicyForm() {}

    static PolicyForm of(@Nullable Long programmeId, LocalDate validFrom, List<PolicyRule> inForce) {
        PolicyForm form = new PolicyForm();
        form.programmeId = programmeId;
        form.validFrom = validFrom;
        inForce.forEach(rule -> form.rules.add(new Row(rule)));
        for (int i = 0; i < EMPTY_ROWS; i++) {
            form.rules.add(new Row());
        }
        return form;
    }

    public @Nullable Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(@Nullable Long programmeId) {
        this.programmeId = programmeId;
    }

    public @Nullable LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(@Nullable LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public List<Row> getRules() {
        return rules;
    }

    public void setRules(List<Row> rules) {
        this.rules = rules;
    }
}
