package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logging is set up in code, as the logback.xml it replaces set it up: warnings and worse, on standard error. */
class LogSetupTest {
    @AfterEach
    void clearProperties() {
        System.clearProperty(LogSetup.LEVEL_VARIABLE);
        System.clearProperty("logback.configurationFile");
    }

    private static LoggerContext configured() {
        LoggerContext context = new LoggerContext();
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        assertThat(setup.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        return context;
    }

    @Test
    void logbackFindsItAsAService() {
        List<Class<?>> found = new ArrayList<>();
        ServiceLoader.load(Configurator.class).forEach(c -> found.add(c.getClass()));
        assertThat(found).contains(LogSetup.class);
        // and the process's own logging was set up by it: the root logger writes to standard error
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("ERR")).isInstanceOf(ConsoleAppender.class);
    }

    @Test
    void warningsAndWorseGoToStandardErrorInThePatternOfOld() {
        ch.qos.logback.classic.Logger root = configured().getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        Appender<ILoggingEvent> appender = root.getAppender("ERR");
        assertThat(appender).isInstanceOf(ConsoleAppender.class);
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) appender;
        assertThat(console.getTarget()).isEqualTo("System.err");
        assertThat(console.isStarted()).isTrue();
        assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern())
                .isEqualTo("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n");
    }

    @Test
    void theLevelIsTakenFromLicitLogLevel() {
        System.setProperty(LogSetup.LEVEL_VARIABLE, "INFO");
        assertThat(configured().getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
        System.setProperty(LogSetup.LEVEL_VARIABLE, "debug");
        assertThat(configured().getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.DEBUG);
        System.setProperty(LogSetup.LEVEL_VARIABLE, "loud");
        assertThat(configured().getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void aConfigurationFileNamedOnTheCommandLineWins() {
        System.setProperty("logback.configurationFile", "/somewhere/logback.xml");
        LoggerContext context = new LoggerContext();
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        assertThat(setup.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("ERR"))
                .isNull();
    }
}
