package org.visitplanner.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} for a command ("export --help"), mixed into every command. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean requested;
}
