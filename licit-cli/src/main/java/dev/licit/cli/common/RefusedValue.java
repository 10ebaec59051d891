package dev.licit.cli.common;

import picocli.CommandLine.TypeConversionException;

/**
 * A converter's refusal of an option's value whose message is whole: it names the option and what
 * it takes ("--format must be text or json, not 'xml'"). The entry point prints it as it is, where
 * picocli would put "Invalid value for option '--format':" in front of any other converter's message.
 */
public final class RefusedValue extends TypeConversionException {
    RefusedValue(String message) {
        super(message);
    }
}
