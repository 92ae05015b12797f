package org.trio.insertion.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.trio.access.AccessPolicy;
import org.trio.access.CurrentUser;
import org.trio.access.DataCategory;
import org.trio.access.Roles;
import org.trio.insertion.InsertionManagement;

/** The insertion section of an apprentice file: the situations recorded after the training. */
@Controller
@PreAuthorize(Roles.APPRENTICE_FILE)
class InsertionSectionController {

    private final InsertionManagement insertion;
    private final AccessPolicy access;

    InsertionSectionController(InsertionManagement insertion, AccessPolicy access) {
        this.insertion = insertion;
        this.access = access;
    }

    @GetMapping("/insertion/apprentices/{apprenticeId}/section")
    String section(CurrentUser user, @PathVariable long apprenticeId, Model model) {
        access.requireRead(user, apprenticeId, DataCategory.PEDAGOGICAL);
        model.addAttribute("situations", insertion.situationsOf(apprenticeId));
        return "insertion/section :: file-section";
    }
}
