package org.visitplanner.gui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

import org.visitplanner.logic.i18n.Messages;

/**
 * Loads an FXML view with the current language's strings and a controller built by the composition root.
 *
 * @param controllers builds a controller of the asked class with its view-model and services
 * @param loaded      told of every view loaded (its name and root), e.g. to put its split panes back as they were
 */
public record ViewLoader(Callback<Class<?>, Object> controllers, BiConsumer<String, Parent> loaded) {

    /** A loader for a view that is not remembered (a dialog's form). */
    public ViewLoader(Callback<Class<?>, Object> controllers) {
        this(controllers, (name, root) -> { });
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    /**
     * This loader, also building the controllers of a view's parts: the FXML files a view includes whose controller
     * needs nothing from the composition root, because the including view hands it its share of the view-model.
     */
    public ViewLoader withParts(Map<Class<?>, Supplier<?>> parts) {
        return new ViewLoader(type -> parts.containsKey(type) ? parts.get(type).get() : controllers.call(type),
                loaded);
    }

    /** Loads {@code /org/visitplanner/gui/<name>.fxml}, e.g. {@code "directory/InstitutionsView"}. */
    public <C> Loaded<C> load(String name) {
        URL location = ViewLoader.class.getResource("/org/visitplanner/gui/" + name + ".fxml");
        if (location == null) {
            throw new IllegalArgumentException("no view " + name);
        }
        FXMLLoader loader = new FXMLLoader(location, Messages.bundle());
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            loaded.accept(name, root);
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + name, e);
        }
    }
}
