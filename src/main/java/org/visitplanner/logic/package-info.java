/**
 * What the planner knows: rules, services and the repository interfaces they need (implemented in {@code db}).
 * Depends on {@code model} and the JDK (plus libraries for documents and files); never on JavaFX scenes, jOOQ or
 * {@code db}.
 */
package org.visitplanner.logic;
