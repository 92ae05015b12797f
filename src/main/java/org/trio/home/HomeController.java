package org.trio.home;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.trio.access.CurrentUser;

@Controller
class HomeController {

    private final List<HomeTaskProvider> providers;

    HomeController(List<HomeTaskProvider> providers) {
        this.providers = providers;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        Map<String, List<HomeTask>> tasks = providers.stream()
                .flatMap(provider -> provider.tasksFor(user).stream())
                .sorted(Comparator.comparing(HomeTask::late)
                        .reversed()
                        .thenComparing(HomeTask::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .collect(Collectors.groupingBy(HomeTask::category, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("user", user);
        model.addAttribute("tasks", tasks);
        return "home/home";
    }
}
