/** A team's shared PostgreSQL database: its address, and what the window and the commands need to know of it. */
package org.visitplanner.logic.team;
