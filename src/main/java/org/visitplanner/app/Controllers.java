package org.visitplanner.app;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.util.Callback;

/** The controller factory handed to every {@code FXMLLoader}: builds each view's controller with its view-model. */
final class Controllers implements Callback<Class<?>, Object> {

    private final Map<Class<?>, Supplier<?>> factories = new HashMap<>();

    <C> Controllers register(Class<C> type, Supplier<? extends C> factory) {
        factories.put(type, factory);
        return this;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> factory = factories.get(type);
        if (factory == null) {
            throw new IllegalArgumentException("no controller registered for " + type.getName());
        }
        return factory.get();
    }
}
