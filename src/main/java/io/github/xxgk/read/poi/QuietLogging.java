package io.github.xxgk.read.poi;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.simple.SimpleLogger;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;
import org.apache.logging.log4j.util.PropertiesUtil;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The log4j API provider of the plugin's class realm: every logger is off. POI and XmlBeans log through log4j; what
 * they log is noise to a clerk ("Wrote property set …" at INFO for every .xls copy, a parser's stack trace at ERROR
 * for a broken package, which the plugin reports as a finding anyway). Registered in
 * META-INF/services/org.apache.logging.log4j.spi.Provider with a priority above the log4j-to-slf4j bridge's.
 */
public final class QuietLogging extends Provider {

    public QuietLogging() {
        super(100, "2.6.0", Factory.class);
    }

    /** One context for every caller, with loggers that are off. */
    public static final class Factory implements LoggerContextFactory {
        private static final Context CONTEXT = new Context();

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext) {
            return CONTEXT;
        }

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext,
                                        URI configLocation, String name) {
            return CONTEXT;
        }

        @Override
        public void removeContext(LoggerContext context) {
            // the one context lives as long as the realm
        }
    }

    private static final class Context implements LoggerContext {
        private final Map<String, ExtendedLogger> loggers = new ConcurrentHashMap<>();

        @Override
        public Object getExternalContext() {
            return null;
        }

        @Override
        public ExtendedLogger getLogger(String name) {
            return loggers.computeIfAbsent(name, n -> new SimpleLogger(n, Level.OFF, false, false, false, false, null,
                    null, PropertiesUtil.getProperties(), System.err));
        }

        @Override
        public ExtendedLogger getLogger(String name, MessageFactory messageFactory) {
            return getLogger(name);
        }

        @Override
        public boolean hasLogger(String name) {
            return loggers.containsKey(name);
        }

        @Override
        public boolean hasLogger(String name, MessageFactory messageFactory) {
            return hasLogger(name);
        }

        @Override
        public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
            return hasLogger(name);
        }
    }
}
