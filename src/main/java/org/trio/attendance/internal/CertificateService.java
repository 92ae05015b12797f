package org.trio.attendance.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.trio.attendance.AttendanceManagement;
import org.trio.attendance.AttendanceSummary;
import org.trio.contract.ContractManagement;
import org.trio.contract.EnrolmentInfo;
import org.trio.contract.EnrolmentManagement;
import org.trio.platform.pdf.PdfRenderer;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.CfaInfo;
import org.trio.referential.CohortInfo;
import org.trio.referential.EmployerInfo;
import org.trio.referential.ProgrammeInfo;
import org.trio.referential.ReferentialManagement;
import org.trio.referential.StaffFunction;
import org.trio.referential.StaffInfo;
import org.trio.shared.DateRange;

/**
 * The attendance certificate ("attestation d'assiduité") of an apprentice over a period, as evidence for the funder:
 * hours planned and realised, the completion rate, hours at distance, absences justified and not, late arrivals,
 * issued in the name of the CFA's director.
 */
@Service
@Transactional(readOnly = true)
class CertificateService {

    static final String TEMPLATE = "pdf/attendance-certificate";

    private final AttendanceManagement attendance;
    private final ReferentialManagement referential;
    private final EnrolmentManagement enrolments;
    private final ContractManagement contracts;
    private final PdfRenderer pdfs;
    private final Texts texts;

    CertificateService(
            AttendanceManagement attendance,
            ReferentialManagement referential,
            EnrolmentManagement enrolments,
            ContractManagement contracts,
            PdfRenderer pdfs,
            Texts texts) {
        this.attendance = attendance;
        this.referential = referential;
        this.enrolments = enrolments;
        this.contracts = contracts;
        this.pdfs = pdfs;
        this.texts = texts;
    }

    byte[] render(long apprenticeId, DateRange period) {
        return pdfs.render(TEMPLATE, texts.get("attendance.certificate.title"), model(apprenticeId, period));
    }

    ResponseEntity<byte[]> respond(long apprenticeId, DateRange period) {
        ApprenticeInfo apprentice = apprentice(apprenticeId);
        return pdfs.respond(
                texts.get("attendance.certificate.file", apprentice.lastName(), apprentice.firstName()),
                TEMPLATE,
                texts.get("attendance.certificate.title"),
                model(apprenticeId, period));
    }

    Map<String, Object> model(long apprenticeId, DateRange period) {
        ApprenticeInfo apprentice = apprentice(apprenticeId);
        CfaInfo cfa = referential.cfa(apprentice.cfaId()).orElseThrow();
        AttendanceSummary summary = attendance.summaryOfApprentice(apprenticeId, period);
        Map<String, Object> model = new HashMap<>();
        model.put("apprentice", apprentice);
        model.put("cfa", cfa);
        model.put("period", period);
        model.put("summary", summary);
        model.put(
                "director",
                referential.staffOfCfa(cfa.id(), StaffFunction.DIRECTOR).stream()
                        .findFirst()
                        .map(StaffInfo::fullName)
                        .orElse(texts.get("attendance.certificate.director.unknown")));
        Optional<EnrolmentInfo> enrolment = enrolmentOn(apprenticeId, period.end());
        model.put(
                "programme",
                enrolment
                        .flatMap(e -> referential.programme(e.programmeId()))
                        .map(ProgrammeInfo::label)
                        .orElse(""));
        model.put(
                "cohort",
                enrolment
                        .map(EnrolmentInfo::cohortId)
                        .flatMap(id -> id == null ? Optional.empty() : referential.cohort(id))
                        .map(CohortInfo::label)
                        .orElse(""));
        model.put(
                "employer",
                contracts
                        .contractInForce(apprenticeId, period.end())
                        .or(() -> contracts.contractsOf(apprenticeId).stream()
                                .filter(c -> !c.startDate().isAfter(period.end()))
                                .reduce((first, second) -> second))
                        .flatMap(contract -> referential.employer(contract.employerId()))
                        .map(EmployerInfo::name)
                        .orElse(""));
        return model;
    }

    private Optional<EnrolmentInfo> enrolmentOn(long apprenticeId, LocalDate day) {
        List<EnrolmentInfo> all = enrolments.enrolmentsOf(apprenticeId);
        return all.stream()
                .filter(e -> !day.isBefore(e.trainingStart()) && !day.isAfter(e.trainingEnd()))
                .max(Comparator.comparing(EnrolmentInfo::schoolYear))
                .or(() -> all.stream().max(Comparator.comparing(EnrolmentInfo::schoolYear)));
    }

    private ApprenticeInfo apprentice(long apprenticeId) {
        return referential
                .apprentice(apprenticeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Apprenti inconnu"));
    }
}
