package dev.licit.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The CLI's logging: standard output carries only results, so log lines go to standard error,
 * warnings and worse ({@code LICIT_LOG_LEVEL=INFO} or {@code DEBUG} for more, e.g. when serving).
 *
 * <p>Why code and not a {@code logback.xml}: logback configures itself when the first logger is
 * made, which every command that opens the store does, and reading an XML configuration (an XML
 * parser, then logback's model of it) cost a cold process more than a quarter of a second without
 * an AOT cache and tens of milliseconds with one. Logback finds this class through
 * {@code META-INF/services} before it looks for any file. A {@code -Dlogback.configurationFile}
 * still wins: then this steps aside.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** Environment variable (or system property) naming the level; WARN when unset or not a level. */
    public static final String LEVEL_VARIABLE = "LICIT_LOG_LEVEL";

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> err = new ConsoleAppender<>();
        err.setContext(context);
        err.setName("ERR");
        err.setTarget("System.err");
        err.setEncoder(encoder);
        err.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level());
        root.addAppender(err);
        if (level().isGreaterOrEqual(Level.WARN)) {
            // PDFBox warns, on its first PDF, that the base-14 Symbol font maps to a system fallback:
            // a PDF record embeds its own TrueType fonts and uses no base-14 font, so the line only alarms
            context.getLogger("org.apache.pdfbox.pdmodel.font").setLevel(Level.ERROR);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static Level level() {
        String value = System.getProperty(LEVEL_VARIABLE, System.getenv(LEVEL_VARIABLE));
        return value == null || value.isBlank() ? Level.WARN : Level.toLevel(value.strip(), Level.WARN);
    }
}
