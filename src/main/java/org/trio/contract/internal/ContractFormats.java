package org.trio.contract.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Formats for the module's templates: French percentages, amounts and dates, code lists. */
@Component("contractFormats")
public class ContractFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String percent(Object fraction) {
        if (!(fraction instanceof BigDecimal value)) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value.movePointRight(2).setScale(2, RoundingMode.HALF_UP)) + " %";
    }

    public String money(Object amount) {
        if (!(amount instanceof BigDecimal value)) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(0);
        return format.format(value.setScale(0, RoundingMode.HALF_UP)) + " €";
    }

    public String cell(AnalysisTable.Column column, Object value) {
        if (value == null) {
            return "—";
        }
        return switch (column.kind()) {
            case PERCENT -> percent(value);
            case MONEY -> money(value);
            case COUNT -> NumberFormat.getIntegerInstance(Locale.FRANCE).format(value);
            case TEXT -> value.toString();
        };
    }

    public String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public List<String> codes(String list) {
        return CodeLists.ALL.get(list);
    }

    public String codeKey(String list, String code) {
        return CodeLists.key(list, code);
    }
}
