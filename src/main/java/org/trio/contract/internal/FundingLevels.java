package org.trio.contract.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trio.access.AuditTrail;
import org.trio.platform.spreadsheet.SheetChoice;
import org.trio.platform.spreadsheet.SheetRow;
import org.trio.platform.spreadsheet.SpreadsheetException;
import org.trio.platform.spreadsheet.SpreadsheetReader;
import org.trio.shared.IdentifierKind;

/**
 * The NPEC of each certification (CFD or RNCP code), dated: a new amount from a day closes the previous one the day
 * before. Imported from a CSV or XLSX file ({@code certification;libellé;montant;date d'effet}); nothing is saved when a
 * line is wrong, and each error names its line and column.
 */
@Service
@Transactional
class FundingLevels {

    record ImportResult(int imported, List<String> errors) {}

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final SpreadsheetReader reader;
    private final AuditTrail audit;

    FundingLevels(JdbcClient jdbc, SpreadsheetReader reader, AuditTrail audit) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<SettingsController.FundingLevel> all() {
        return jdbc.sql("""
                        select id, certification, label, amount, valid_from, valid_to from contract.funding_level
                         order by certification, valid_from""").query(SettingsController.FundingLevel.class).list();
    }

    /** The message codes of what is wrong with an NPEC, or none. */
    static List<String> check(String certification, BigDecimal amount, LocalDate validFrom) {
        List<String> errors = new ArrayList<>();
        String code = certification == null ? "" : certification.strip().toUpperCase(java.util.Locale.ROOT);
        if (!IdentifierKind.CFD.isValid(code) && !IdentifierKind.RNCP.isValid(code)) {
            errors.add("settings.npec.certification");
        }
        if (amount == null || amount.signum() < 0 || amount.compareTo(new BigDecimal("100000")) > 0) {
            errors.add("settings.npec.amount");
        }
        if (validFrom == null) {
            errors.add("settings.npec.date");
        }
        return errors;
    }

    void save(String certification, String label, BigDecimal amount, LocalDate validFrom) {
        String code = normalize(certification);
        jdbc.sql("""
                        update contract.funding_level set valid_to = ? where certification = ? and valid_from < ?
                           and (valid_to is null or valid_to >= ?)""").params(validFrom.minusDays(1), code, validFrom, validFrom).update();
        jdbc.sql("""
                        insert into contract.funding_level (certification, label, amount, valid_from)
                        values (?, ?, ?, ?)
                        on conflict (certification, valid_from) do update set amount = excluded.amount,
                          label = excluded.label""")
                .params(code, label == null || label.isBlank() ? null : label.strip(), amount, validFrom)
                .update();
        audit.recordRowChange(
                "contract.funding_level",
                code + " " + validFrom,
                null,
                Map.of(),
                AuditTrail.columns("certification", code, "label", label, "amount", amount, "valid_from", validFrom));
    }

    /**
     * Imports a CSV or XLSX file of NPEC ({@code certification;libellé;montant;date d'effet}, header optional); nothing
     * is saved when a line is wrong.
     */
    ImportResult importFile(InputStream content, String fileName) {
        List<SheetRow> lines;
        try {
            lines = reader.readAll(content, fileName, SheetChoice.first());
        } catch (SpreadsheetException e) {
            return new ImportResult(0, List.of(e.getMessage()));
        }
        List<String> errors = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (SheetRow line : lines) {
            String first = line.value(0).replace("\uFEFF", "").strip();
            if (line.number() == 1 && first.toLowerCase(java.util.Locale.ROOT).startsWith("certification")) {
                continue;
            }
            if (line.values().size() < 4) {
                errors.add("Ligne " + line.number()
                        + " : 4 colonnes attendues (certification;libellé;montant;date d'effet).");
                continue;
            }
            BigDecimal amount = null;
            LocalDate from = null;
            String rawAmount = line.value(2);
            try {
                amount = new BigDecimal(rawAmount
                        .replace(" ", "")
                        .replace("\u00a0", "")
                        .replace("\u202f", "")
                        .replace(',', '.'));
            } catch (NumberFormatException e) {
                errors.add("Ligne " + line.number() + ", colonne « montant » : « " + rawAmount
                        + " » n'est pas un montant (ex. 8500 ou 8500,50).");
            }
            String rawDate = line.value(3).strip();
            try {
                from = rawDate.contains("/") ? LocalDate.parse(rawDate, FRENCH_DATE) : LocalDate.parse(rawDate);
            } catch (DateTimeParseException e) {
                errors.add("Ligne " + line.number() + ", colonne « date d'effet » : « " + rawDate
                        + " » n'est pas une date JJ/MM/AAAA.");
            }
            if (!IdentifierKind.CFD.isValid(normalize(first)) && !IdentifierKind.RNCP.isValid(normalize(first))) {
                errors.add("Ligne " + line.number() + ", colonne « certification » : « " + first
                        + " » n'est ni un code diplôme (8 caractères) ni un code RNCP.");
            }
            if (amount != null && amount.signum() < 0) {
                errors.add("Ligne " + line.number() + ", colonne « montant » : le montant ne peut pas être négatif.");
            }
            rows.add(new Object[] {first, line.value(1), amount, from});
        }
        if (!errors.isEmpty()) {
            return new ImportResult(0, errors);
        }
        rows.forEach(row -> save((String) row[0], (String) row[1], (BigDecimal) row[2], (LocalDate) row[3]));
        return new ImportResult(rows.size(), List.of());
    }

    private static String normalize(String code) {
        String value = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        return IdentifierKind.RNCP.isValid(value) ? IdentifierKind.RNCP.normalize(value) : value;
    }
}
