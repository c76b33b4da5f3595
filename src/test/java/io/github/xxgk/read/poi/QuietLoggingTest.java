package io.github.xxgk.read.poi;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POI's log4j loggers are off in the plugin: no "Wrote property set", no parser stack trace at [ERROR]. */
class QuietLoggingTest {

    @Test
    void poi_loggers_should_be_off() {
        assertTrue(LogManager.getFactory() instanceof QuietLogging.Factory, LogManager.getFactory().getClass().getName());
        Logger poi = LogManager.getLogger("org.apache.poi.ooxml.util.DocumentHelper");
        assertFalse(poi.isErrorEnabled());
        assertFalse(poi.isInfoEnabled());
        assertFalse(LogManager.getLogger("org.apache.poi.POIDocument").isFatalEnabled());
    }
}
