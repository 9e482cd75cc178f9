/**
 * The headless commands ({@code trips}, {@code sample}, {@code version}, …) behind {@code java -jar visit-planner.jar}.
 * Their names, options, output formats and exit codes are a public contract: add to them, never change them.
 * Exit codes: 0 success, 1 problems found ({@code check}), 2 bad usage, 3 a data problem.
 */
package org.visitplanner.cli;
