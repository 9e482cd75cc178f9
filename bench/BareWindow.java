import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The reference for bench/startup.sh: a bare JavaFX window (a label in a 1280×800 scene), started the way the app is
 * (a plain class, JavaFX on the class path) and timed the same way: it prints, on stderr, the milliseconds since its
 * process started at which its first frame was drawn (after one layout pulse and the next, as the app's
 * --startup-trace does for the week).
 */
public final class BareWindow {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("A bare JavaFX window")), 1280, 800);
            stage.setTitle("Bare JavaFX window");
            stage.setScene(scene);
            stage.show();
            int[] pulses = {0};
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                pulses[0]++;
                if (pulses[0] == 1) {
                    Platform.requestNextPulse();
                } else if (pulses[0] == 2) {
                    Platform.runLater(() -> {
                        scene.removePostLayoutPulseListener(listener[0]);
                        long started = ProcessHandle.current().info().startInstant()
                                .map(java.time.Instant::toEpochMilli).orElse(0L);
                        System.err.println("startup-trace: window painted at "
                                + (System.currentTimeMillis() - started) + " ms");
                    });
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        }
    }
}
