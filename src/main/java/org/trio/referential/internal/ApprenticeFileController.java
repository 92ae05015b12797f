package org.trio.referential.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.PersonKind;
import org.trio.access.Role;
import org.trio.access.Roles;
import org.trio.referential.ApprenticeFileSection;
import org.trio.referential.ApprenticeInfo;
import org.trio.referential.LegalRepresentativeInfo;
import org.trio.referential.ReferentialManagement;

/**
 * The apprentice file ("dossier apprenant"): a header with the essentials, then every {@link ApprenticeFileSection}
 * the user may see, in order, each loaded by htmx from its module's URL. A section that fails (its visibility check
 * here, or its own request in the browser) shows a French message in its place; the rest of the file stays usable.
 */
@Controller
@PreAuthorize(Roles.APPRENTICE_FILE)
class ApprenticeFileController {

    private final ReferentialManagement referential;
    private final FileSections sections;
    private final AccessPolicy policy;
    private final PersonAccess access;
    private final Clock clock;

    ApprenticeFileController(
            ReferentialManagement referential,
            FileSections sections,
            AccessPolicy policy,
            PersonAccess access,
            Clock clock) {
        this.referential = referential;
        this.sections = sections;
        this.policy = policy;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/apprentices/{id}")
    String file(CurrentUser user, @PathVariable long id, Model model) {
        policy.requireRead(user, id, DataCategory.IDENTITY);
        ApprenticeInfo apprentice = referential.apprentice(id).orElseThrow(Organisations::notFound);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("apprentice", apprentice);
        model.addAttribute("today", today);
        model.addAttribute("cfa", referential.cfa(apprentice.cfaId()).orElseThrow());
        model.addAttribute(
                "site",
                apprentice.siteId() == null
                        ? null
                        : referential.site(apprentice.siteId()).orElse(null));
        model.addAttribute(
                "missingRepresentative",
                apprentice.isMinorOn(today)
                        && referential.legalRepresentatives(id).isEmpty());
        model.addAttribute("sections", sections.visibleTo(user, id));
        return "referential/apprentice-file";
    }

    @GetMapping("/apprentices/{id}/sections/identity")
    String identity(CurrentUser user, @PathVariable long id, Model model) {
        policy.requireRead(user, id, DataCategory.IDENTITY);
        ApprenticeInfo apprentice = referential.apprentice(id).orElseThrow(Organisations::notFound);
        model.addAttribute("apprentice", apprentice);
        model.addAttribute("mayEdit", policy.canWrite(user, id, DataCategory.IDENTITY));
        model.addAttribute("access", access.panel(user, person(apprentice)));
        model.addAttribute("showAccess", user.role().isStaff());
        return "referential/apprentice-sections :: identity";
    }

    @GetMapping("/apprentices/{id}/sections/legal-representatives")
    String legalRepresentatives(CurrentUser user, @PathVariable long id, Model model) {
        policy.requireRead(user, id, DataCategory.IDENTITY);
        ApprenticeInfo apprentice = referential.apprentice(id).orElseThrow(Organisations::notFound);
        List<LegalRepresentativeInfo> representatives = referential.legalRepresentatives(id);
        model.addAttribute("apprentice", apprentice);
        model.addAttribute("minor", apprentice.isMinorOn(LocalDate.now(clock)));
        model.addAttribute(
                "representatives",
                representatives.stream()
                        .map(representative -> new RepresentativeView(
                                representative, access.panel(user, person(apprentice, representative))))
                        .toList());
        model.addAttribute("mayEdit", policy.canWrite(user, id, DataCategory.IDENTITY));
        model.addAttribute("showAccess", user.role().isStaff());
        return "referential/apprentice-sections :: legal-representatives";
    }

    /** A legal representative with what the page shows about their access. */
    record RepresentativeView(LegalRepresentativeInfo representative, PersonAccess.Panel access) {}

    @GetMapping("/apprentices/{id}/sections/health")
    String health(CurrentUser user, @PathVariable long id, Model model) {
        policy.requireRead(user, id, DataCategory.HEALTH);
        model.addAttribute("apprenticeId", id);
        model.addAttribute("health", referential.health(id).orElse(null));
        model.addAttribute("mayEdit", policy.canWrite(user, id, DataCategory.HEALTH));
        return "referential/apprentice-sections :: health";
    }

    @PostMapping("/apprentices/{id}/access")
    @PreAuthorize(Roles.DIRECTION)
    String openAccess(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        policy.requireRead(user, id, DataCategory.IDENTITY);
        ApprenticeInfo apprentice = referential.apprentice(id).orElseThrow(Organisations::notFound);
        access.open(user, person(apprentice), Role.APPRENTICE, redirect);
        return "redirect:/apprentices/" + id;
    }

    @PostMapping("/apprentices/{id}/legal-representatives/{representativeId}/access")
    @PreAuthorize(Roles.DIRECTION)
    String openRepresentativeAccess(
            CurrentUser user, @PathVariable long id, @PathVariable long representativeId, RedirectAttributes redirect) {
        policy.requireRead(user, id, DataCategory.IDENTITY);
        ApprenticeInfo apprentice = referential.apprentice(id).orElseThrow(Organisations::notFound);
        LegalRepresentativeInfo representative = referential.legalRepresentatives(id).stream()
                .filter(candidate -> candidate.id() == representativeId)
                .findFirst()
                .orElseThrow(Organisations::notFound);
        access.open(user, person(apprentice, representative), Role.LEGAL_REPRESENTATIVE, redirect);
        return "redirect:/apprentices/" + id;
    }

    private static PersonAccess.Person person(ApprenticeInfo apprentice) {
        return new PersonAccess.Person(
                PersonKind.APPRENTICE,
                apprentice.id(),
                apprentice.fullName(),
                apprentice.email(),
                apprentice.networkId(),
                null,
                null,
                apprentice.cfaId(),
                List.of(Role.APPRENTICE));
    }

    private static PersonAccess.Person person(ApprenticeInfo apprentice, LegalRepresentativeInfo representative) {
        return new PersonAccess.Person(
                PersonKind.LEGAL_REPRESENTATIVE,
                representative.id(),
                representative.fullName(),
                representative.email(),
                apprentice.networkId(),
                null,
                null,
                apprentice.cfaId(),
                List.of(Role.LEGAL_REPRESENTATIVE));
    }
}
