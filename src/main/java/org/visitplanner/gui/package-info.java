/**
 * The JavaFX front end: FXML views with thin controllers ({@code *View}), view-models ({@code *ViewModel}, which
 * never import {@code javafx.scene}), custom controls and dialogs. Talks to {@code logic} only; database work runs
 * on a {@link org.visitplanner.gui.common.TaskExecutor}, never on the FX thread.
 */
package org.visitplanner.gui;
