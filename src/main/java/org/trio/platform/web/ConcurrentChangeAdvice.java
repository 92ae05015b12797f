package org.trio.platform.web;

import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form saved over a record somebody else changed meanwhile (optimistic locking): answers 409 with the French page
 * saying nothing was saved and the page must be reloaded.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ConcurrentChangeAdvice {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView concurrentChange() {
        return new ModelAndView("error", Map.of("status", 409), HttpStatus.CONFLICT);
    }
}
