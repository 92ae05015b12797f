package org.trio.home;

import java.util.List;
import org.trio.access.CurrentUser;

/** Implemented by each module that gives people things to do; the home page asks them all. */
public interface HomeTaskProvider {

    List<HomeTask> tasksFor(CurrentUser user);
}
