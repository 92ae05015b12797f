package org.trio.platform.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The PDF renderer's log, written through the application's logging (its own logger prints every page's progress to
 * the console): its warnings and errors stay visible, its progress messages become debug messages.
 */
final class PdfLog implements XRLogger {

    private static final String PREFIX = "org.trio.platform.pdf.renderer.";

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Log log = LogFactory.getLog(PREFIX + where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            log.error(message, error);
        } else if (value >= Level.WARNING.intValue()) {
            log.warn(message, error);
        } else if (value >= Level.INFO.intValue()) {
            log.debug(message, error);
        } else {
            log.trace(message, error);
        }
    }

    @Override
    public void setLevel(String where, Level level) {
        // Levels are those of the application's logging configuration.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Log log = LogFactory.getLog(PREFIX + diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        return value >= Level.WARNING.intValue()
                || (value >= Level.INFO.intValue() ? log.isDebugEnabled() : log.isTraceEnabled());
    }
}
