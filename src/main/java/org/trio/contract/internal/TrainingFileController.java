package org.trio.contract.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Roles;

/** The "Formation et contrats" section of the apprentice file, as a fragment (htmx) or a page of its own. */
@Controller
class TrainingFileController {

    private final TrainingFile file;
    private final AccessPolicy policy;

    TrainingFileController(TrainingFile file, AccessPolicy policy) {
        this.file = file;
        this.policy = policy;
    }

    @GetMapping("/apprentices/{apprenticeId}/training")
    @PreAuthorize(Roles.APPRENTICE_FILE)
    String training(
            CurrentUser user,
            @PathVariable long apprenticeId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        policy.requireRead(user, apprenticeId, DataCategory.PEDAGOGICAL);
        model.addAttribute("file", file.of(apprenticeId));
        model.addAttribute(
                "canRecord",
                policy.canWrite(user, apprenticeId, DataCategory.PEDAGOGICAL)
                        && (user.is(org.trio.access.Role.CFA_DIRECTOR)
                                || user.is(org.trio.access.Role.PLACEMENT_ADVISOR)
                                || user.is(org.trio.access.Role.SECRETARIAT)));
        return htmx != null ? "contract/training :: section" : "contract/training";
    }
}
