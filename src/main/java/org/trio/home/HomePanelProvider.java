package org.trio.home;

import java.util.List;
import org.trio.access.CurrentUser;

/**
 * Implemented inside each module that has something to show on the home pages, so that the home module knows none of
 * them: it asks every provider for the user's panels.
 */
public interface HomePanelProvider {

    /** The user's panels; none when the module has nothing for their role. */
    List<HomePanel> panelsFor(CurrentUser user);
}
